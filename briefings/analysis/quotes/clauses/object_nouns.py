"""A speech noun in an object ("dismissed U.S. claims that …"): no speech verb, its name no speaker."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.speech.cues import CUES
from briefings.analysis.speech.tokens import is_cap

__all__ = ["object_noun"]

# speech verbs that are plural nouns as well: "U.S. claims", "White House reports"
_NOUNS: Final = words_set("claims reports charges warnings accusations complaints")


def object_noun(toks: list[str], i: int) -> bool:
    """Whether the cue at `i` is a plural noun after capitalised words that follow a lower-case
    verb in the past that is no speech verb: "Kim Yo-jong on Thursday dismissed U.S. claims that
    … shells …, calling them “…”" (the object is "U.S. claims", no clause whose subject is the
    U.S.); "Sen. Holt rejected White House claims that …". "He said Trump claims that" keeps
    Trump: "said" is a speech verb."""
    if toks[i] not in _NOUNS:
        return False
    k = i
    while k > 0 and is_cap(toks[k - 1]) and not toks[k - 1].endswith(("’s", "'s")):
        k -= 1
    if k == i or k == 0:
        return False
    verb = toks[k - 1]
    return verb.islower() and verb.endswith("ed") and verb not in CUES
