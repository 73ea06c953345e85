"""A title that opens with a person's name and goes on in common words: "Lara Croft Tomb Raider"."""

from __future__ import annotations

from briefings.analysis.common.given_names.first_names import in_the_names_dictionary, is_given_name
from briefings.analysis.people.own_words.nature import in_dictionary
from briefings.analysis.people.roles.tokens import Token


def a_name_then_common_words(run: list[Token]) -> bool:
    """A given name and one more word, then two words or more that are common words and no one's
    given name, all in capitals: a work's or a thing's title ("Lara Croft Tomb Raider", "Mike
    Bassett England Manager"), as a person's name never goes on in common nouns; not "George
    Herbert Walker Bush" (a given name among them), nor "Jean Claude Van Damme"."""
    if len(run) < 4 or not is_given_name(run[0].text):
        return False
    rest = run[2:]
    return all(
        t.text.isalpha()
        and t.text[:1].isupper()
        and not t.text.isupper()
        and in_dictionary(t.text)
        and not in_the_names_dictionary(t.text)
        for t in rest
    )
