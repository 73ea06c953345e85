""" "As Don Jr. put it: “…”" (round 28, conservative web style): a given name and a generational
suffix alone is the person named in full with both ("Donald Trump Jr."), not a person of its own."""

from __future__ import annotations

from tests.analysis.quotes.passages import speakers_in


def test_a_nickname_and_jr_is_the_junior_named_in_full() -> None:
    assert speakers_in(
        "Donald Trump Jr. had a field day on Tuesday after CNN’s ratings hit a new low.",
        "Sure, CNN will say this is about cable’s decline. As Don Jr. put it: “Maybe stop lying"
        " to people.”",
    ) == ["Donald Trump Jr."]


def test_a_given_name_and_jr_with_two_juniors_is_neither() -> None:
    assert speakers_in(
        "Donald Trump Jr. and Donald Smith Jr. both spoke on Tuesday.",
        "As Don Jr. put it: “Maybe stop lying to people.”",
    ) == ["Don Jr."]
