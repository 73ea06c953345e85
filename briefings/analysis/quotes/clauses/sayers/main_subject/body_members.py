"""A body's member named in apposition: "The Trump campaign’s press secretary, Caroline Hess,
said"; and a description whose own clause names someone else: "The candidate Wexler works for,
Dennis Mabry, said"."""

from __future__ import annotations

from typing import Final

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
    if after >= cue or not (
        (toks[after].islower() and is_possessive(toks[after]))
        or _contact_clause(toks, starts[0], after, cue)
    ):
        return None
    j = cue - 1
    if j < 1 or toks[j] != ",":
        return None
    k = j - 1
    while k > after and is_cap(toks[k]) and mask_id(toks[k]) is None:
        k -= 1
    name = k + 1
    if toks[k] != "," and toks[k].islower():  # round 45: ", former Philadelphia prosecutor
        k = _described_back(toks, k, after)  # Dennis Mabry, said": the description's words
    if toks[k] != "," or name >= j or j - name > 4:
        return None
    return " ".join(toks[name:j])


_DESCRIPTION_REACH: Final = 4  # words of a description before an apposed name


def _described_back(toks: list[str], k: int, after: int) -> int:
    """Where the comma opening an apposition stands when the name at its end follows a short
    description ending at `k` ("former Philadelphia prosecutor"); `k` itself when none does."""
    for back in range(k, max(after, k - _DESCRIPTION_REACH) - 1, -1):
        if toks[back] == ",":
            return back
        if not toks[back].isalpha():
            return k
    return k


_CONTACT_REACH: Final = 4  # lower-case words of a clause like "Wexler works for"


def _contact_clause(toks: list[str], start: int, after: int, cue: int) -> bool:
    """The subject read as the words from `start` to `after` is a description and the name of the
    subject of a clause that describes it, running in lower-case words to the comma before an
    apposition: "The candidate Wexler works for, Dennis Mabry, said" (Mabry, not Wexler)."""
    if toks[start] not in {"The", "the"} or not toks[start + 1].islower():
        return False
    end = after
    while end < cue and toks[end].isalpha() and toks[end].islower():
        end += 1
    return end > after and end - after <= _CONTACT_REACH and toks[end] == ","
