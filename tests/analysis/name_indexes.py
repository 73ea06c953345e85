"""A NameIndex of a short article's paragraphs, read as the quotes pipeline reads them."""

from __future__ import annotations

from collections.abc import Sequence

from briefings.analysis.speech.name_index import NameIndex

__all__ = ["name_index"]


def name_index(paragraphs: Sequence[str]) -> NameIndex:
    """The names of `paragraphs`, each read at its place in the text they make joined by line
    breaks (as `extract_quotes` adds them)."""
    index = NameIndex()
    at = 0
    for par in paragraphs:
        index.add_text(at, par)
        at += len(par) + 1
    return index
