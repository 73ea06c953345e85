"""Nested reports (round 24): words someone not named told the person who reports them keep no
speaker rather than going to the reporter; sentences written for each rule."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes

OPENING = "Councillor Anne Heywood chairs the planning committee. “We had to decide,” Heywood said."


@pytest.mark.parametrize(
    "sentence",
    [
        "Heywood said one objector had told her the tower would be “a monument to greed”.",
        "Heywood said a neighbour across the road had told her the tower was “a monument to greed”.",
        "Heywood said her neighbour had told her the tower was “a monument to greed”.",
        "One objector, Heywood said, had told her the tower was “a monument to greed”.",
        "One objector, she said, told her the tower was “a monument to greed”.",
        "Heywood said a resident had written to her that the tower was “a monument to greed”.",
    ],
)
def test_words_an_unnamed_person_told_the_reporter_are_no_ones(sentence: str) -> None:
    *_, q = quotes(OPENING, sentence)
    assert "monument" in q.text and q.speaker is None


def test_the_reporters_own_complement_stays_hers() -> None:
    *_, q = quotes(OPENING, "Heywood said the tower would be “a monument to the city”.")
    assert q.speaker == "Anne Heywood"
