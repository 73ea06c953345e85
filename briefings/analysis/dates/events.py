"""Dated events of one article: the sentences that say when something happened."""

from __future__ import annotations

from briefings.analysis.candidates import QUOTED_SPAN, prose_texts
from briefings.analysis.dates.relative import DateMention, find_dates
from briefings.analysis.results import ArticleText, FoundEvent


def _outside_quotes(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions in the reporter's own words: a date inside a quotation is the speaker's."""
    quoted = [match.span() for match in QUOTED_SPAN.finditer(sentence)]
    return [m for m in mentions if not any(start <= m.start < end for start, end in quoted)]


def extract_events(article: ArticleText) -> list[FoundEvent]:
    """One event per sentence that carries a date, dated by its first date expression.

    Relative expressions ("on Tuesday", "in July", "last month") are resolved against the
    publication date; without one (or when it is too coarse) the event stays undated.
    """
    events = []
    for paragraph, text in prose_texts(article, min_words=5):
        if text.rstrip("”\"' ").endswith("?"):
            continue
        mentions = find_dates(text, article.published, article.date_precision)
        if mentions:  # (most sentences have none: their quotations are not looked for)
            mentions = _outside_quotes(text, mentions)
        if mentions:
            first = mentions[0]
            events.append(FoundEvent(text, first.date, first.precision, paragraph))
    return events
