"""A remark owned by "his" or "her" ("her March comment that “…”"): the pronoun that speaks it."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.speech.cues import CUES

__all__ = ["pronoun_owner_before"]

_OWNERS: Final = {"his": "he", "her": "she"}
_MODIFIERS: Final = 3  # words between the pronoun and the noun: "March", "2023", "famous"
_NOT_MODIFIERS: Final = words_set("the a an this that these those his her their its our my")


def pronoun_owner_before(toks: list[str], noun: int) -> str | None:
    """ "he" or "she" when "his" or "her" owns the remark noun at `noun`, a few modifiers before
    it ("her March comment", "his 2015 pledge"); None otherwise ("their pledge", "the remark")."""
    for j in range(noun - 1, max(-1, noun - _MODIFIERS - 2), -1):
        low = toks[j].lower()
        if low in _OWNERS:
            return _OWNERS[low]
        if not (toks[j].isalnum() and low not in _NOT_MODIFIERS and low not in CUES):
            return None
    return None
