"""A speech verb inside an aside "— as X noted —" before the sentence's own speech verb: the
quotation is that verb's subject's ("her ad, which — as Jonathan Chait noted — promises to “…”")."""

from __future__ import annotations

from typing import Final

from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.cues import CUES

__all__ = ["in_as_aside"]

_DASHES: Final = frozenset({"—", "–", "--"})
_REACH: Final = 12  # words of the aside


def in_as_aside(toks: list[str], cue: int, upto: int) -> bool:
    """The speech verb at `cue` stands in an aside opened by a dash and "as" and closed by a dash,
    and another speech verb follows the aside before the quotation at `upto` ("which — as
    Chait noted recently — promises to “…”"); an aside that ends right before the quotation
    ("is, as Chait noted, “…”") or has no speech verb after it leaves the words the aside's."""
    start = cue - 1
    while start >= 0 and cue - start <= _REACH and toks[start].lower() != "as":
        if toks[start] in _DASHES or mask_id(toks[start]) is not None:
            return False
        start -= 1
    if start < 1 or toks[start].lower() != "as" or toks[start - 1] not in _DASHES:
        return False
    close = next((k for k in range(cue + 1, min(upto, cue + _REACH)) if toks[k] in _DASHES), None)
    if close is None:
        return False
    return any(
        t.lower() in CUES and t.islower() for t in toks[close + 1 : upto] if mask_id(t) is None
    )
