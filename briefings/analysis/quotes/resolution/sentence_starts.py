"""Where the sentences of a paragraph start, up to a point: the rules that read the sentence
holding a quotation, or the one before it. Two readings: any end mark and space, or (more careful)
an end mark before a capital, outside quotations and abbreviations."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["REACH", "sentence_starts", "starts_near", "starts_outside_quotations"]

# a sentence boundary: an end mark, a closing quotation mark or bracket, and a space
_BOUNDARY: Final = re.compile(r"[.?!][”’\"')]*\s+")
# an end mark, closing marks and a space before a capital or an opening mark
_OPENING_BOUNDARY: Final = re.compile(r"[.?!][”’\"')]*\s+(?=[“‘\"'A-Z])")
# a word before a full stop that is no sentence's last: a title, an initial, a month, "U.S."
_ABBREVIATION: Final = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z]|\.[A-Z])$")


def sentence_starts(par: str, at: int) -> list[int]:
    """The offsets in `par` at which a sentence starts before `at`, in order: 0 first, and after
    each end mark (with any closing quotation marks or brackets) and the space that follows it.
    The last is the start of the sentence holding `at`."""
    return [0] + [m.end() for m in _BOUNDARY.finditer(par, 0, at)]


def starts_outside_quotations(par: str, end: int) -> list[int]:
    """Where the sentences of `par` before `end` open, read outside quotations."""
    starts = [0]
    for m in _OPENING_BOUNDARY.finditer(par):
        if m.end() > end:
            break
        before = par[: m.start()]
        if _ABBREVIATION.search(before) or before.count("“") > before.count("”"):
            continue
        starts.append(m.end())
    return starts


# how far back from a quotation its sentence and the one before are looked for: a paragraph of
# news is shorter; a file of one endless paragraph ("“" and 200 paragraphs) would otherwise be read
# from its start for every quotation in it
REACH: Final = 600


def starts_near(par: str, at: int) -> list[int]:
    """Where the sentences before `at` open in `par` (read outside quotations), looking back at most
    REACH characters: the last is the start of the sentence holding `at`."""
    lo = max(0, at - REACH)
    return [lo + s for s in starts_outside_quotations(par[lo:at], at - lo)]
