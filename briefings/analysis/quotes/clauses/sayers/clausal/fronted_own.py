"""An opening clause with a named subject of its own ("While Mr. Ryan laid out a vision for “…”,
Ben Carson …"): that subject speaks the words quoted in it."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import is_cap, is_possessive

__all__ = ["fronted_clause_own_subject"]

_SUBORDINATORS: Final = words_set("while when after before since although though because once")
_OPENERS: Final = words_set("but and yet so")
_NOT_ACTING: Final = words_set(
    "is was were are be been being has had have got gets seemed seems appeared appears"
)
_NAME: Final = 5  # words of the subject's name
_APPOSITIVE: Final = 12  # tokens of an aside between the name and its verb
_LONGEST: Final = 40  # tokens of the opening clause up to the quotation


def fronted_clause_own_subject(toks: list[str], idx: int) -> str | None:
    """For a quotation at `idx` inside a sentence's opening clause ("While Mr. Ryan, representing
    the party's governing wing, laid out a vision for “…,” Ben Carson used …"): the name that is
    the clause's subject, when a lower-case verb of action follows it (past an aside between
    commas) and the clause's comma comes after the quotation; None otherwise (a body or a
    description as subject, a passive or a linking verb: "While the council debated the “…”",
    "After Clinton was called “…”")."""
    i = 1 if toks and toks[0].lower() in _OPENERS else 0
    if idx - i > _LONGEST or i + 2 >= idx or toks[i].lower() not in _SUBORDINATORS:
        return None
    start = end = i + 1
    while end < idx and end - start < _NAME and is_cap(toks[end]):
        if is_possessive(toks[end]):
            return None
        end += 1
    if end == start:
        return None
    verb = end
    if toks[end] == ",":  # "Mr. Ryan, representing the Republicans' governing wing, laid out"
        close = next(
            (j for j in range(end + 1, min(idx, end + _APPOSITIVE)) if toks[j] == ","), None
        )
        if close is None:
            return None
        verb = close + 1
    word = toks[verb] if verb < idx else ""
    if not (word.isalpha() and word.islower()) or word in _NOT_ACTING or "by" in toks[verb:idx]:
        return None
    if any(mask_id(t) is not None or t in {";", ":", ".", "(", ")"} for t in toks[verb:idx]):
        return None
    if not any(t == "," for t in toks[idx + 1 : idx + 4]):
        return None  # the opening clause must end just after the quotation
    phrase = " ".join(toks[start:end])
    speaker = parse_speaker(phrase)
    return phrase if speaker and speaker.name and not speaker.is_org else None
