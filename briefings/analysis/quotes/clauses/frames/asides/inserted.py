"""A "says X" set between commas inside the sentence before its quotation ("The paradox of Nancy,
says Carl Anthony, a historian, is that she was “…”"): X's words, not those of a name before it."""

from __future__ import annotations

from typing import Final

from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.tokens import is_cap, is_possessive

__all__ = ["inserted_sayer"]

_SAYS: Final = frozenset({"says", "said"})
_REACH: Final = 30  # tokens from the inserted verb to the quotation


def inserted_sayer(toks: list[str], idx: int) -> str | None:
    """The name after a ", says" that a comma closes, between the sentence's opening words and the
    quotation at `idx`; None when there is none. A quotation between is the same sayer's: what
    follows "says X," is all X's ("…, is that she was “…,” not for her policy but for her “…”",
    round 47)."""
    reach = idx - _REACH  # from the quotation, or from a quotation between
    for j in range(idx - 1, -1, -1):
        t = toks[j]
        if mask_id(t) is not None:
            reach = j - _REACH
        if j < reach:
            return None
        if t not in _SAYS or j < 2 or toks[j - 1] != ",":
            continue
        end = j + 1
        while end < idx and is_cap(toks[end]) and not is_possessive(toks[end]):
            end += 1
        if end == j + 1 or end - j > 4 or end >= idx or toks[end] != ",":
            return None
        return " ".join(toks[j + 1 : end])
    return None


_STOPS: Final = frozenset({",", ".", ";", ":", "!", "?", "(", ")"})


def inserted_sayer_after(toks: list[str], idx: int) -> str | None:
    """The name after a ", said" set between commas after the subject phrase that holds the
    quotation at `idx` ("Any “cleareyed” interpretation of Mr. Kerry's actions, said Michael
    Kofman, an expert on Russia, would read this as …": Kofman's word); None when the quotation
    is not in the sentence's opening phrase, or no such "said X," closes that phrase."""
    if any(t in _STOPS or mask_id(t) is not None for t in toks[:idx]):
        return None
    for j in range(idx + 1, min(len(toks), idx + _REACH)):
        t = toks[j]
        if t == "\ue001":
            continue
        if mask_id(t) is not None or (t in _STOPS and t != ","):
            return None
        if t != ",":
            continue
        if j + 1 >= len(toks) or toks[j + 1] not in _SAYS:
            return None  # the phrase ends on a comma with no "said" after it
        end = j + 2
        while end < len(toks) and is_cap(toks[end]) and not is_possessive(toks[end]):
            end += 1
        if end == j + 2 or end - j > 5 or end >= len(toks) or toks[end] != ",":
            return None
        return " ".join(toks[j + 2 : end])
    return None
