"""A clause after a whole quoted sentence that introduces the next quotation, not the one before."""

from __future__ import annotations

from typing import Final

from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.cues import CUES

__all__ = ["frames_the_next"]

_LEADS: Final = frozenset({",", ":"})
_OPEN: Final = "\ue000"  # a placeholder's first token (`marks.mask`)
_NEAR: Final = 8  # tokens at most from one quotation to the next: "Mills then writes back,"


def frames_the_next(toks: list[str], at: int, quoted: str) -> bool:
    """The quotation at token `at` (its text `quoted`) is a whole sentence introduced by a speech
    verb before it ("Clinton responds to Mills with, “Why now?”"), and the clause after it leads
    into the next quotation ("Mills then writes back, “You look cute.”"): that clause is the next
    quotation's frame, not this one's."""
    if not quoted.rstrip(" ”\"’'").endswith(("?", "!", ".")):
        return False  # "“The best way,” Schiff said, “is …”": one quotation split by its frame
    start = at - 1 if at and toks[at - 1] == _OPEN else at  # the placeholder's opening mark
    if start < 2 or toks[start - 1] not in _LEADS:
        return False
    if not any(t in CUES and t.islower() for t in toks[: start - 1]):
        return False
    words = 0  # the words between the two quotations
    for j in range(at + 1, min(len(toks), at + _NEAR + 4)):
        if mask_id(toks[j]) is not None:
            lead = j - 2 if toks[j - 1] == _OPEN else j - 1
            return words > 1 and toks[lead] in _LEADS
        if toks[j] in {".", "?", "!"}:
            return False
        words += toks[j][:1].isalpha()
    return False
