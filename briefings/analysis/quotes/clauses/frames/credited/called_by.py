"""A passive naming verb with its agent after the quotation ("has been called “strategic fog” by
Dana Whitcomb, a professor"): the agent's words, not the sentence subject's."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.cues import is_between
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import is_cap, is_possessive

__all__ = ["called_by", "called_passively"]

_NAMING: Final = words_set("called dubbed labeled labelled termed branded described derided hailed")
_BE: Final = words_set("is are was were be been being")
_ARTICLES: Final = words_set("a an the")
_ROLE_REACH: Final = 3  # lower-case words of a role between "by" and the name: "the economist"


def called_passively(toks: list[str], idx: int) -> bool:
    """The quotation at `idx` is what a passive naming verb calls its subject ("After Mayor Ann
    Ruiz was called “a disgrace,” the council voted"): words said of the subject, not by it."""
    return _naming_verb_at(toks, idx) is not None


def _naming_verb_at(toks: list[str], idx: int) -> int | None:
    """Where the passive naming verb before the quotation at `idx` is, if there is one."""
    j = idx - 1
    while j >= 0 and toks[j] == "\ue000":
        j -= 1
    if j >= 0 and toks[j].lower() in _ARTICLES:
        j -= 1
    if j >= 0 and toks[j] == "as":
        j -= 1
    if j < 1 or toks[j] not in _NAMING:
        return None
    k = j - 1
    while k >= 0 and is_between(toks[k]) and toks[k].lower() not in _BE:
        k -= 1
    return j if k >= 0 and toks[k].lower() in _BE else None


def called_by(toks: list[str], idx: int) -> str | None:
    """The person named after "by" when the quotation at `idx` is what a passive naming verb
    calls something ("was described as “a slow bailout” by Senator Paul Ambrose"); None when the
    agent is not a named person ("by critics", "by the Times") or the verb is not passive."""
    if _naming_verb_at(toks, idx) is None:
        return None
    a = idx + 1
    while a < len(toks) and toks[a] == "\ue001":
        a += 1
    if a >= len(toks) or toks[a] != "by":
        return None
    start = a + 1
    while (
        start < len(toks)
        and start - a <= _ROLE_REACH
        and toks[start].isalpha()
        and toks[start].islower()
    ):
        start += 1  # "by the economist Mark Ellison", "by Boston College professor …"
    end = start
    while end < len(toks) and is_cap(toks[end]) and mask_id(toks[end]) is None:
        if is_possessive(toks[end]):
            return None  # "by Ambrose’s office": a body of his, not him
        end += 1
    if end == start:
        return None
    phrase = " ".join(toks[start:end])
    speaker = parse_speaker(phrase)
    return phrase if speaker and speaker.name and not speaker.is_org else None
