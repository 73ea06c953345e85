"""A quote right after a sentence opened by "For X," or "To X," whose view it gives ("For Jonathan
Chait, Williamson is exposing …. “…,” he mocks"): the pronoun's speaker is X, the one whose view
the sentence gives, not the person it is about."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.quotes.resolution.sentence_starts import sentence_starts
from briefings.analysis.speech.name_index import NameIndex

__all__ = ["viewer_before"]

_VIEWER: Final = re.compile(r"(?:For|To) ((?:[A-Z][\w’'\-]*\.? ){0,3}[A-Z][\w’'\-]+), ")
_CAPITAL: Final = re.compile(r"\b[A-Z]")


def viewer_before(par: str, at: int, want: str | None, index: NameIndex, pos: int) -> str | None:
    """The person named by a "For X," or "To X," opening the sentence before the quote at `at` in
    `par`, when the quote's own sentence names no one else before it ("“…,” he mocks", "He
    mocks: “…”") and X is a person of the pronoun's gender `want`; else None."""
    if want is None or ("For " not in par and "To " not in par):
        return None
    starts = sentence_starts(par, at)
    if len(starts) < 2:
        return None
    own, before = starts[-1], starts[-2]
    if len(_CAPITAL.findall(par, own, at)) > 1:  # "He" alone, or nothing, before the quote
        return None
    m = _VIEWER.match(par, before, own)
    if m is None:
        return None
    viewer = index.fullest(m.group(1), pos)
    if not index.is_person(viewer) or index.gender(viewer) not in (want, None):
        return None
    return viewer
