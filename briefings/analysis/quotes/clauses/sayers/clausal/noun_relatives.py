"""The subject of a relative clause on a noun that quotes: "a budget that [critics] have called “…”"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.clauses.words import AUX, DETERMINERS, PREPOSITIONS, verb_like
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.cues import CUES, is_between

_RELATIVES: Final = words_set("that which")
_REACH: Final = 6  # words of the clause's subject
_OWNERS: Final = words_set("my your our these those that")


def noun_relative_subject(toks: list[str], cue: int, upto: int) -> str | None:
    """The subject of a later speech verb before the quotation at `upto` when that verb's clause
    is a relative one on a noun after the speech verb at `cue` ("Gov. Teresa Alcott defended a
    budget that [her own party’s leaders] have called “a wish list”", round 50): the quotation
    is that subject's words, not the main clause's; None when there is no such clause, or when the
    "that" opens the complement of a verb ("Ross said that Obama had called it “…”")."""
    for m in range(cue + 3, upto):
        t = toks[m]
        if t in CUES and t.islower() and mask_id(t) is None:
            subject = relative_subject_at(toks, m, cue)
            if subject:
                return subject
    return None


def relative_subject_at(toks: list[str], m: int, floor: int = -1) -> str | None:
    """The subject of the speech verb at `m` when it opens, after `floor`, a relative clause on a
    noun: "a budget that [critics] have called"; None otherwise."""
    k = m - 1
    while k > floor and (toks[k] in AUX or is_between(toks[k])):
        k -= 1
    end = k + 1
    if toks[k].lower() in DETERMINERS or toks[k].lower() in _OWNERS:
        return None  # "a statement that the remarks were …": "remarks" a noun here, no verb
    while k > floor and end - k <= _REACH and toks[k] not in _RELATIVES:
        if not (toks[k].isalpha() or "’" in toks[k] or "'" in toks[k] or toks[k].endswith(".")):
            return None
        if toks[k] in AUX:
            return None  # "in which Brenner can be heard saying": no subject and its verb alone
        k -= 1
    if k <= floor + 1 or toks[k] not in _RELATIVES or k + 1 >= end:
        return None
    noun = toks[k - 1]
    if (
        noun.isalpha()
        and noun.islower()
        and noun not in CUES
        and noun not in PREPOSITIONS  # "audio in which …": the words of whom the clause names
        and not verb_like(noun)
    ):
        return " ".join(toks[k + 1 : end])
    return None
