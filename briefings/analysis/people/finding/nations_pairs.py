"""Two athletes named by their nations and joined by "and": "Kenya's Catherine Ndereba and
Ethiopia's Gete Wami"."""

from __future__ import annotations

from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.people.finding.cuts import foreign_words
from briefings.analysis.people.own_words.nature import (
    is_plural_thing,
    is_thing_surname,
    thing_words,
)
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.speech.name_shapes import first_name_like


def paired_with_a_nations_person(tokens: list[Token], start: int, end: int) -> bool:
    """Two words in no dictionary after a country's possessive, joined by "and" to another
    country's possessive and a known given name with a surname: "Kenya's Catherine Ndereba and
    Ethiopia's Gete Wami" (a body's name is not paired so with a person's)."""
    if (
        end - start != 2
        or not _a_nations(tokens, start - 1)
        or not foreign_words(tokens[start:end])
    ):
        return False
    if start >= 5 and tokens[start - 2].lower == "and" and _a_nations(tokens, start - 5):
        return _a_persons_full_name(tokens, start - 4)
    if end + 4 <= len(tokens) and tokens[end].lower == "and" and _a_nations(tokens, end + 1):
        return _a_persons_full_name(tokens, end + 2)
    return False


def _a_nations(tokens: list[Token], at: int) -> bool:
    """A place's possessive at tokens[at]: "Kenya's"."""
    if at < 0 or at >= len(tokens):
        return False
    token = tokens[at]
    return token.possessive and token.is_cap and kind_by_lists(token.text, [token.lower]) == "place"


def _a_persons_full_name(tokens: list[Token], at: int) -> bool:
    """A known given name and a surname with no thing's word, tokens[at:at + 2], a name alone."""
    if at + 2 > len(tokens) or (at + 2 < len(tokens) and tokens[at + 2].is_cap):
        return False
    first, last = tokens[at], tokens[at + 1]
    return (
        first.is_cap
        and last.is_cap
        and first_name_like(first.text)
        and not thing_words([last.text])
        and not is_thing_surname(last.text)
        and not is_plural_thing(last.text)
    )
