"""Quotations joined in one list before one reporting clause: "“reckless” and “cruel,” X said"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.quotes.finding.marks import mask_id

__all__ = ["listed_with"]

_JOINS: Final = frozenset({",", "and", "or", "\ue000", "\ue001"})


def listed_with(toks: list[str], idx: int, own: dict[int, str]) -> str | None:
    """The speaker phrase of the reporting clause that closes the list of quotations the one at
    `idx` opens or sits in, joined by commas, "and" or "or" alone: "Guns are “the ultimate public
    health crisis” and “stunt children’s growth,” Howard Dean … said" gives both quotations to
    Dean; None when a word other than those joins the next quotation, or none follows."""
    j = idx + 1
    last = None
    while j < len(toks) and (toks[j] in _JOINS or mask_id(toks[j]) is not None):
        k = mask_id(toks[j])
        if k is not None:
            last = k
        j += 1
    return own.get(last) if last is not None else None
