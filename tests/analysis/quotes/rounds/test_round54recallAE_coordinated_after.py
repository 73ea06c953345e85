"""Round 54: words after a quotation are no reporting clause of it when they open a clause of
their own ("… campaign finance system and he, once again, pledged") or join a verb to an earlier
one ("… Sanders had answering questions … and saying"): the quotation is the earlier verb's."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_later_clause_with_its_own_pronoun_is_not_the_frame() -> None:
    found = quotes(
        "Mayor Dale Whitcomb spoke to supporters in Akron on Tuesday night.",
        "He pledged to repave the roads, fix the city’s “broken” campaign finance rules and he, once"
        " again, pledged to hire more teachers.",
    )
    assert [(q.text, q.speaker) for q in found] == [("broken", "Dale Whitcomb")]


def test_a_verb_joined_by_and_is_not_the_frame() -> None:
    found = quotes(
        "Senator Ruth Okafor is pointing to a recent interview Paul Hendershot gave a newspaper.",
        "She is noting the “kind of trouble” Hendershot had answering questions about the budget"
        " and saying he could not name a single cut.",
    )
    assert [(q.text, q.speaker) for q in found] == [("kind of trouble", "Ruth Okafor")]
