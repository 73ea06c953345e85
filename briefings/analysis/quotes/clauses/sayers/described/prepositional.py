"""A description opening its sentence and parted from its speech verb by a phrase on a
preposition ("The Republican presidential nominee for the Nov. 8 election later said"): the
description speaks."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.clauses.words import verb_like
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.cues import CUES, is_between
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.subject import subject_before

__all__ = ["description_past_a_phrase"]

_REACH: Final = 7  # tokens of the phrase after the preposition
_PREPOSITIONS: Final = words_set("for of from in at on with")
_CONJUNCTIONS: Final = frozenset({"But", "And", "Yet", "So"})
_NOT_IN_PHRASE: Final = words_set("who whom which that whose and or but")


def description_past_a_phrase(toks: list[str], cue: int) -> str | None:
    """For the speech verb at `cue`: the definite description of one person ("The Republican
    presidential nominee") that opens the sentence and is followed only by a short phrase on a
    preposition ("for the Nov. 8 election"); None when the phrase holds a comma, a quotation, a
    verb or a clause, or what opens the sentence is a name or no description."""
    j = cue - 1
    while j >= 0 and is_between(toks[j]):
        j -= 1
    k = j
    while k > 0 and j - k < _REACH and toks[k].lower() not in _PREPOSITIONS:
        tok = toks[k]
        if (
            tok == ","
            or mask_id(tok) is not None
            or tok.lower() in CUES
            or tok.lower() in _NOT_IN_PHRASE
            or verb_like(tok)
        ):
            return None
        k -= 1
    if k < 2 or k == j or toks[k].lower() not in _PREPOSITIONS:
        return None
    found = subject_before(toks, k)
    if found is None:
        return None
    phrase, start = found
    if start != 0 and not (start == 1 and toks[0] in _CONJUNCTIONS):
        return None
    speaker = parse_speaker(phrase)
    if speaker is None or speaker.name or speaker.is_org or not speaker.definite:
        return None  # "Smith of the council said" is read as a name elsewhere
    return phrase if speaker.role else None
