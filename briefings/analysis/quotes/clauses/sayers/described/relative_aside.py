"""A subject parted from its speech verb by a "who" clause between commas ("The delegate, who
backs Cruz, warned of a “…” battle"): the subject before the clause speaks."""

from __future__ import annotations

from typing import Final

from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.cues import CUES
from briefings.analysis.speech.subject import subject_before

__all__ = ["subject_past_a_who_clause"]

_REACH: Final = 16  # tokens of the "who" clause
_CONJUNCTIONS: Final = frozenset({"But", "And", "Yet", "So"})


def subject_past_a_who_clause(toks: list[str], cue: int) -> str | None:
    """For the speech verb at `cue` right after ", who …,": the subject phrase opening the sentence
    before that clause ("The influential delegate and conservative activist, who backs Cruz,
    warned"); None when the clause holds a quotation, a speech verb or another comma, or the
    phrase does not open the sentence."""
    if cue < 4 or toks[cue - 1] != ",":
        return None
    comma = next((j for j in range(cue - 2, max(0, cue - _REACH), -1) if toks[j] == ","), None)
    if comma is None or comma < 1 or toks[comma + 1] != "who":
        return None
    if any(mask_id(t) is not None or t.lower() in CUES for t in toks[comma + 2 : cue - 1]):
        return None  # "…, who said “…”, warned": the clause's own words
    found = subject_before(toks, comma)
    if found is None:
        return None
    phrase, start = found
    if start != 0 and not (start == 1 and toks[0] in _CONJUNCTIONS):
        return None
    return phrase
