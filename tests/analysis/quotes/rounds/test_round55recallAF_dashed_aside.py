"""Round 55: a lower-case aside between dashes (NYT archive copy writes a spaced hyphen for the
dash) is no part of the clause around it: the subject after it ("For much of the rally - with
sleeves rolled up - Mr. Dorsey assured …") or before it still acts in the sentence."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def test_an_aside_after_an_opening_phrase() -> None:
    found = quotes(
        "For much of the hourlong rally - with sleeves rolled up and any prepared text doomed to"
        " be ignored - Gov. Walter Dorsey assured the crowd that his successor was ''made of"
        " sterner stuff,'' even if she rarely showed it.",
    )
    assert [(q.text, q.speaker) for q in found] == [("made of sterner stuff", "Walter Dorsey")]


def test_an_aside_after_the_subject() -> None:
    found = quotes(
        "Gov. Walter Dorsey — his sleeves rolled up — assured the crowd that his successor was"
        " “made of sterner stuff,” even if she rarely showed it.",
    )
    assert [(q.text, q.speaker) for q in found] == [("made of sterner stuff", "Walter Dorsey")]
