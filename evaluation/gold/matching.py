"""How the quote evaluations match a found quote to a labelled one: the same words, one to one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz


def norm(text: str) -> str:
    """Lower case, words only."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def pair_up(
    found: Sequence[str], gold: Sequence[str], within: float | None = None
) -> dict[int, int]:
    """Found text i to gold text j, one to one, best pairs first: rapidfuzz ratio >= 90 of the
    texts as given (normed by the caller). `within`: only texts whose lengths differ by at most
    this share of the longer's are paired."""
    pairs = sorted(
        (
            (fuzz.ratio(f, g), i, j)
            for i, f in enumerate(found)
            for j, g in enumerate(gold)
            if within is None or abs(len(f) - len(g)) <= max(len(f), len(g)) * within
        ),
        reverse=True,
    )
    paired: dict[int, int] = {}
    used: set[int] = set()
    for r, i, j in pairs:
        if r >= 90 and i not in paired and j not in used:
            paired[i] = j
            used.add(j)
    return paired


def match(found: Sequence[str], gold: Sequence[str]) -> dict[int, int]:
    """One to one: rapidfuzz ratio >= 90 over lower-case words, best pairs first."""
    return pair_up([norm(f) for f in found], [norm(g) for g in gold])
