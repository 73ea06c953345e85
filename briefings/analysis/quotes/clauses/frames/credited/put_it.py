"""An "as X put it," just before a quotation ("owed his election to, as an American diplomat put it,
an “extreme makeover”"): X's words, not the sentence subject's."""

from __future__ import annotations

from typing import Final

from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.cues import CUES
from briefings.analysis.speech.tokens import is_cap

__all__ = ["as_put_it"]

_PUT: Final = frozenset({"put", "puts", "phrased", "phrases", "described", "describes"})
_GAP: Final = frozenset({"a", "an", "the", "of", "to", "that", "as", "was", "is", "be", "been"})
_LONGEST: Final = 8  # words of the phrase naming whose words they are


def as_put_it(toks: list[str], idx: int) -> str | None:
    """The speaker phrase of an "as X put it," clause closed by a comma right before the quotation
    at `idx`, with at most a few function words between ("as an American diplomat put it, an “…”":
    "an American diplomat"); None when there is none."""
    comma = idx - 1
    while comma >= 0 and toks[comma] == "\ue000":  # the quotation's opening mark
        comma -= 1
    while comma >= 0 and idx - comma <= 5 and toks[comma] != ",":
        if toks[comma].lower() not in _GAP:
            return None
        comma -= 1
    if comma < 3 or toks[comma] != "," or toks[comma - 1] != "it":
        return None
    if toks[comma - 2] not in _PUT:
        return None
    end = comma - 2
    start = end - 1
    while start >= 0 and end - start <= _LONGEST and toks[start].lower() != "as":
        t = toks[start]
        if mask_id(t) is not None or t in {",", ";", ":"} or (t.islower() and t in CUES):
            return None
        start -= 1
    if start < 0 or toks[start].lower() != "as" or start + 1 >= end:
        return None
    phrase = toks[start + 1 : end]
    if not any(is_cap(t) for t in phrase) and phrase[0].lower() not in {"a", "an", "one", "the"}:
        return None  # "as he put it": the clause's own pronoun, read as before
    return " ".join(phrase)
