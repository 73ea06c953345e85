"""Round 44 (wire copy): "one of them said", "another of the officials said" is someone unnamed,
as "an official said" is: a "he added" in the paragraph after goes on with no one, not with the
man named a paragraph before the unnamed sources; "some of them" stays a group."""

from __future__ import annotations

import pytest

from briefings.analysis.speech.speaker import parse_speaker
from tests.analysis.quotes.passages import quotes, speaker_of

BLINKEN = (
    "Secretary of State Antony Blinken met his Chinese counterpart on Friday. “We had a candid"
    " conversation,” Blinken said."
)


@pytest.mark.parametrize("who", ["one of them", "another of the officials", "one of the people"])
def test_he_added_after_one_of_them_is_no_one(who: str) -> None:
    found = quotes(
        BLINKEN,
        f"People familiar with the talks said they ran long. “He pressed hard on fentanyl,” {who}"
        " said.",
        "“There was no breakthrough,” he added.",
    )
    assert speaker_of(found, "candid conversation") == "Antony Blinken"
    assert speaker_of(found, "no breakthrough") is None  # not Blinken


@pytest.mark.parametrize(
    ("phrase", "unnamed"),
    [("one of them", True), ("another of the officials", True), ("some of them", False)],
)
def test_one_of_several_is_someone_unnamed(phrase: str, unnamed: bool) -> None:
    sp = parse_speaker(phrase)
    assert sp is not None
    assert sp.someone_unnamed is unnamed
