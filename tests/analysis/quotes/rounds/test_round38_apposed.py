"""Attribution round 38: "The ambassador to the United Nations, X, uttered …" names X as the
subject a later "he" means."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def test_a_description_with_to_before_the_apposed_name() -> None:
    quoted = quotes(
        "Prime Minister Jean Martin spoke first, and the room applauded.",
        "At that moment, the French ambassador to the United Nations, François Delattre, uttered"
        " a stage whisper. “One hopes,” he said.",
    )
    assert quoted[-1].speaker == "François Delattre"
