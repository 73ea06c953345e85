"""A chant a crowd raised: "where about 50 protesters had gathered, chanting “…”" is no one's."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.finding.marks import mask_id

_CHANTING: Final = words_set("chanting chanted chant")
_CROWDS: Final = words_set(
    """protesters protestors demonstrators marchers supporters fans crowd crowds audience
    students strikers activists hecklers"""
)
_TIMES: Final = words_set(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December"""
)


def chanted_by_a_crowd(toks: list[str], idx: int) -> bool:
    """The quotation at `idx` follows "chanting" (or "chanted") and, going back, a crowd noun
    comes before any name: "protesters had gathered on Wednesday, chanting “…”", "Trump
    supporters chanted “…”". Its words are the crowd's, no one named; "Smith, chanting “…”"
    stays Smith's."""
    before = [t for t in toks[:idx] if t not in {"\ue000", "\ue001"} and mask_id(t) is None]
    while before and before[-1] in {",", ":"}:
        before.pop()
    if not before or before[-1].lower() not in _CHANTING:
        return False
    for t in reversed(before[:-1]):
        if t.lower() in _CROWDS:
            return True
        if t[:1].isupper() and t not in _TIMES:
            return False
    return False
