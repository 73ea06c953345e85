"""The quotes of a short passage and their speakers, as the quote tests read them."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote

__all__ = ["quotes", "speaker_in", "speaker_of", "speakers_in"]


def quotes(*paragraphs: str) -> list[FoundQuote]:
    """The quotes found in an article of these paragraphs (no title)."""
    return extract_quotes(ArticleText(None, paragraphs))


def speaker_of(found: list[FoundQuote], piece: str) -> str | None:
    """The speaker of the first of `found` whose text holds `piece`."""
    return next(q.speaker for q in found if piece in q.text)


def speaker_in(*paragraphs: str, piece: str) -> str | None:
    """The speaker of the first quote of these paragraphs whose text holds `piece`."""
    return speaker_of(quotes(*paragraphs), piece)


def speakers_in(*paragraphs: str) -> list[str | None]:
    """The speaker of each quote found in an article of these paragraphs, in order."""
    return [q.speaker for q in quotes(*paragraphs)]
