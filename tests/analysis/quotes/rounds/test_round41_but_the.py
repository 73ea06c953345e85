"""Round 41: a description after the conjunction opening its sentence ("But the speaker told
Politico …") is the sentence's subject, as it is without the conjunction: the speaker the article
titled so, and whom the "he" after it means, not the congressman named before."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

CALLS = [
    "House Speaker Raymond Castellano spent Tuesday on the phone with Rep. Dale Pruett.",
    "Pruett said he had told the speaker he wanted “something in writing” before he would vote.",
]


def test_but_the_speaker_told_an_outlet_is_the_house_speaker() -> None:
    found = quotes(
        *CALLS,
        "But the speaker told Politico on Wednesday that the bill would pass “with or without the"
        " Freedom Caucus.” “I don’t do side deals,” he said.",
    )
    assert speaker_of(found, "something in writing") == "Dale Pruett"
    assert speaker_of(found, "with or without") == "Raymond Castellano"
    assert speaker_of(found, "side deals") == "Raymond Castellano"  # not Pruett


def test_and_the_speaker_said_is_the_house_speaker_too() -> None:
    found = quotes(
        *CALLS,
        "And the speaker said on Wednesday that he had “no patience for side deals.”",
    )
    assert speaker_of(found, "no patience for side deals") == "Raymond Castellano"
