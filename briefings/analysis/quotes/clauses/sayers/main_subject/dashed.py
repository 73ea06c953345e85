"""The subject of a speech verb after an aside between dashes: "Ald. Marisol Ortega — who chairs
the committee — said", "A longtime critic -- Ald. Dennis Kowalczyk, who represents the ward --
told"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.cues import is_between
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.subject import subject_before
from briefings.analysis.speech.tokens import is_cap, is_possessive

__all__ = ["dash_aside_subject"]

_DASHES: Final = frozenset({"—", "–", "--"})
_ASIDE_REACH: Final = 30  # tokens of an aside between its dashes


def dash_aside_subject(toks: list[str], cue: int) -> str | None:
    """The subject of the speech verb at `cue` when an aside between dashes closes just before
    it: the name opening the aside when it names a person ("A former candidate -- John McCain,
    who lost in 2008 -- said": McCain), else the subject before the aside's first dash ("Ald.
    Marisol Ortega — who chairs the committee — said"); None when no such aside stands there."""
    j = cue - 1
    while j >= 0 and is_between(toks[j]):
        j -= 1
    if j < 1 or toks[j] not in _DASHES:
        return None
    opening = next(
        (
            k
            for k in range(j - 1, max(-1, j - _ASIDE_REACH), -1)
            if toks[k] in _DASHES or toks[k] in {".", ";", ":"} or mask_id(toks[k]) is not None
        ),
        None,
    )
    if opening is None or toks[opening] not in _DASHES or opening == 0:
        return None
    end = opening + 1
    while end < j and is_cap(toks[end]) and not is_possessive(toks[end]):
        end += 1
    if end > opening + 1 and (end == j or toks[end] == ","):
        named = parse_speaker(" ".join(toks[opening + 1 : end]))
        if named and named.name and not named.is_org:
            return " ".join(toks[opening + 1 : end])
    subject = subject_before(toks, opening)
    return subject[0] if subject else None
