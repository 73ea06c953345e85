"""The words every adapter uses for the same facts: counts, partial quotes, dated points."""

from __future__ import annotations

import datetime as dt

from briefings.answers import format_date

PARTIAL = "partial quote"  # a quote that is only part of the speaker's sentence
IRREGULAR = {"person": "people", "was": "were", "is": "are", "story": "stories"}


def count(n: int, word: str, plural: str | None = None) -> str:
    """`1 article`, `2 articles`, `0 people`: a number with its noun agreeing."""
    if n == 1:
        return f"1 {word}"
    return f"{n} {plural or IRREGULAR.get(word) or word + 's'}"


def mentioned(mentions: int, articles: int) -> str:
    """`Mentioned 1 time in 1 article.`"""
    return f"Mentioned {count(mentions, 'time')} in {count(articles, 'article')}."


def mentions_in(mentions: int, articles: int) -> str:
    """`1 mention in 1 article`."""
    return f"{count(mentions, 'mention')} in {count(articles, 'article')}"


def partial_mark(kind: str) -> str:
    """` (partial quote)` after a quote that is only part of a sentence, else nothing."""
    return f" ({PARTIAL})" if kind == "partial" else ""


def dated(date: dt.date | None, precision: str) -> str:
    """The date a point or event is shown with, no more precise than it is known."""
    return format_date(date, precision)


def cut_note(shown: int, total: int, more: str = "") -> str | None:
    """`Showing 50 of 34,864; {more}` when an answer leaves some out, else None."""
    if shown >= total:
        return None
    tail = f"; {more}" if more else ""
    return f"Showing {shown:,} of {total:,}{tail}."
