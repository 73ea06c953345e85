"""A person presented by a sentence of their own, "Then there’s Axelrod.", "There is also Sen.
Ted Cruz, who …" or "Among them was Dorothy Kemp, 74, …": the subject the quotations after it go
on about, whom a "he" or a "she" means."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.given_names.gender import KIN, RELATIVES
from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.clauses.words import past_conjunctions
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import is_cap, is_possessive

__all__ = ["presented_person"]

_THERE_IS: Final = words_set("there’s there's")
_IS: Final = words_set("is was")
_BETWEEN: Final = words_set("then also always still")  # "And then there’s", "there is also"
_INVERTED_OPENS: Final = frozenset({"Among", "In", "At", "Beside", "Behind"})
_PLACED: Final = (["was"], ["is"], ["sat"], ["stood"])  # "In the front row sat …"
_AMONG_REACH: Final = 6  # tokens from "Among" to its verb: "Among the first in line was"


def presented_person(toks: list[str]) -> tuple[int, str] | None:
    """Where the name a "there’s" sentence presents starts, and the name, when the sentence is
    (past conjunctions and "then") "there’s" or "there is", a capitalised name and nothing but a
    full stop or a comma after it; None otherwise."""
    j = past_conjunctions(toks)
    while j < len(toks) and toks[j].lower() in _BETWEEN:
        j += 1
    if j < len(toks) and toks[j].lower() in _THERE_IS:
        j += 1
    elif j + 1 < len(toks) and toks[j].lower() == "there" and toks[j + 1] in _IS:
        j += 2
    elif j < len(toks) and toks[j] in _INVERTED_OPENS:  # round 46: "Among them was Dorothy
        # Kemp, 74,", "In the gallery sat Pruett's daughter, Abby,"
        verb = next(
            (k for k in range(j + 1, j + _AMONG_REACH + 1) if toks[k : k + 1] in _PLACED),
            0,
        )
        if not verb or any(is_cap(t) for t in toks[j + 1 : verb]):
            return None
        j = verb + 1
        if (
            j + 3 < len(toks)
            and is_possessive(toks[j])
            and toks[j + 2] == ","
            and (toks[j + 1] in KIN or toks[j + 1] in RELATIVES)
        ):
            j += 3  # past "Pruett's daughter,": the relative named after it
    else:
        return None
    while j < len(toks) and toks[j] in _BETWEEN:
        j += 1
    end = j
    while end < len(toks) and is_cap(toks[end]) and mask_id(toks[end]) is None:
        end += 1
    if end == j or (end < len(toks) and toks[end] not in {".", ","}):
        return None
    sp = parse_speaker(" ".join(toks[j:end]))
    return (j, sp.name) if sp and sp.name and not sp.is_org else None
