"""Round 50: a place in ordinary capitals opening the lede before an agency in brackets and a dash
("Denver (Reuters) - ", "Washington (AFP) – ") is a dateline, no subject: the name after the dash
opens the sentence, so a "she said" after it is that person's."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_pronoun_after_a_dateline_in_ordinary_capitals() -> None:
    found = quotes(
        "Denver (Reuters) - Gov. Ellen Marsh signed the water compact on Monday. “This ends a "
        "fight older than I am,” she said."
    )
    assert found[0].speaker == "Ellen Marsh"


def test_a_pronoun_after_a_place_and_a_dash_alone() -> None:
    found = quotes(
        "Washington – Sen. Ellen Marsh blocked the bill on Monday. “This is not the end of it,” "
        "she said."
    )
    assert found[0].speaker == "Ellen Marsh"
