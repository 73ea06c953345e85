"""A body's member named in apposition: "The Trump campaign’s press secretary, Caroline Hess, said"."""

from __future__ import annotations

from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.tokens import is_cap, is_possessive

__all__ = ["apposed_member"]


def apposed_member(toks: list[str], cue: int, opening: str) -> str | None:
    """The name apposed right before the speech verb at `cue` when the sentence's subject read as
    `opening` ("The Trump") runs on into a lower-case possessive ("campaign’s"): the subject is
    the body's member the apposition names ("The Trump campaign’s national press secretary,
    Caroline Hess, said": Hess, not Trump); None otherwise."""
    words = opening.split()
    n = len(words)
    starts = [s for s in range(cue - n + 1) if toks[s : s + n] == words]
    if not starts:
        return None
    after = starts[0] + n
    if after >= cue or not (toks[after].islower() and is_possessive(toks[after])):
        return None
    j = cue - 1
    if j < 1 or toks[j] != ",":
        return None
    k = j - 1
    while k > after and is_cap(toks[k]) and mask_id(toks[k]) is None:
        k -= 1
    if toks[k] != "," or k + 1 >= j or j - k - 1 > 4:
        return None
    return " ".join(toks[k + 1 : j])
