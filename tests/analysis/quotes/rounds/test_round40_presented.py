"""Round 40: a person presented by a sentence of their own ("Then there’s Axelrod.") is the subject
a "he" after it means, not a man named as a subject in the paragraph before."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_a_man_presented_by_there_is_is_whom_he_means() -> None:
    found = quotes(
        "Former aides to Gov. Alan Mercer have mostly kept quiet. His old campaign manager, Glen"
        " Oakes, has been an adviser to the new team. Mercer himself has praised the nominee.",
        "Then there’s Kessler.",
        "“Kind of bewildering that the campaign is laying out its strategy a week early,” he wrote"
        " last October.",
    )
    assert _speaker(found, "Kind of bewildering") == "Kessler"


def test_there_is_also_with_a_title_presents_the_name() -> None:
    found = quotes(
        "Gov. Alan Mercer has stayed out of the race.",
        "And then there is also Sen. Roy Castellano, who has endorsed no one.",
        "“I’m watching,” he said on Tuesday.",
    )
    assert _speaker(found, "I’m watching") == "Roy Castellano"
