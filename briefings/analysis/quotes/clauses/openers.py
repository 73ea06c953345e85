"""A short phrase of time opening the sentence before a clause of its own ("Last month, when …")."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.cues import CUES

__all__ = ["past_a_time_phrase"]

_LONGEST: Final = 4  # words of the phrase: "Last month", "Earlier this year", "On Tuesday night"
_NAMED_TIMES: Final = words_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december"""
)


def past_a_time_phrase(toks: list[str], heads: frozenset[str]) -> int:
    """Where a word of `heads` ("when", "after", …) stands right after a short opening phrase and
    its comma ("Last month, when I asked …", "On Tuesday, after …"); 0 when there is none. The
    phrase holds no name (only its first word, a weekday or a month may be capitalised), no speech
    verb and no quotation: "Dorsey, when asked, said …" is a subject, not a time."""
    comma = next((i for i in range(1, min(len(toks), _LONGEST + 1)) if toks[i] == ","), None)
    if comma is None or comma + 1 >= len(toks) or toks[comma + 1].lower() not in heads:
        return 0
    for i, t in enumerate(toks[:comma]):
        low = t.lower()
        if mask_id(t) is not None or low in CUES or not t.isalnum():
            return 0
        if i and not t.islower() and low not in _NAMED_TIMES and not t.isdigit():
            return 0
    if not toks[0].isdigit() and toks[0].lower() not in _NAMED_TIMES and comma == 1:
        return 0  # "Dorsey, when asked, …": one capitalised word is a name, not a time
    return comma + 1
