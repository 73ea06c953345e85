"""A capitalised preposition inside a body's name ("Freedom From Religion Foundation", "Citizens
For Responsibility"): part of the name, not a word that ends it."""

from __future__ import annotations

from typing import Final

from briefings.analysis.speech.tokens import is_cap

__all__ = ["capital_preposition_inside"]

_INNER: Final = frozenset({"From", "For", "Against", "Without"})


def capital_preposition_inside(toks: list[str], j: int) -> bool:
    """`toks[j]` is a capitalised preposition between two capitalised words of a name."""
    return (
        toks[j] in _INNER and 0 < j < len(toks) - 1 and is_cap(toks[j - 1]) and is_cap(toks[j + 1])
    )
