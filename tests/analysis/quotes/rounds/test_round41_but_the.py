"""Round 41: a description after the conjunction opening its sentence ("But the speaker told
Politico …") is the sentence's subject, as it is without the conjunction: the speaker the article
titled so, and whom the "he" after it means, not the congressman named before."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


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
    assert _speaker(found, "something in writing") == "Dale Pruett"
    assert _speaker(found, "with or without") == "Raymond Castellano"
    assert _speaker(found, "side deals") == "Raymond Castellano"  # not Pruett


def test_and_the_speaker_said_is_the_house_speaker_too() -> None:
    found = quotes(
        *CALLS,
        "And the speaker said on Wednesday that he had “no patience for side deals.”",
    )
    assert _speaker(found, "no patience for side deals") == "Raymond Castellano"
