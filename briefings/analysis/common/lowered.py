"""An article's paragraphs in lower case, kept while it is read (its descriptions ask again)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4)  # one article's paragraphs at a time, asked for by each of its descriptions
def lowered(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """Each paragraph in lower case, in order."""
    return tuple(par.lower() for par in paragraphs)
