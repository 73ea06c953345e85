"""Whom "the ranking member" means: the one person the article writes as a committee's ranking
Democrat, Republican or member ("Ranking Democrat Joan Whitacre", "Sen. Rosalind Achebe (D-Md.),
the committee’s ranking Democrat"), not whoever was quoted last; no one when the article
writes that of no one or of several."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.quotes.resolution.descriptions.nouns import NAME

__all__ = ["ranking_written_beside"]

_RANK: Final = r"[Rr]anking (?:Democrat|Republican|member)"
_BEFORE: Final = re.compile(rf"\b{_RANK},? ({NAME})")  # "ranking Democrat Joan Whitacre"
_AFTER: Final = re.compile(  # "Rosalind Achebe (D-Md.), the committee’s ranking Democrat"
    rf"({NAME})(?: \([^()]{{1,20}}\))?, the (?:[\w’'-]+ ){{0,3}}?{_RANK}\b"
)


def ranking_written_beside(paragraphs: Sequence[str]) -> str | None:
    """The surname of the one name `paragraphs` write as a ranking Democrat, Republican or
    member; None when they write it of no one or of several. Only the paragraphs holding
    "anking" are searched."""
    found: set[str] = set()
    for paragraph in paragraphs:
        if "anking " in paragraph:
            for m in (*_BEFORE.finditer(paragraph), *_AFTER.finditer(paragraph)):
                found.add(m.group(1).split()[-1])
    return found.pop() if len(found) == 1 else None
