"""A sentence's subject described, not named, before a participle of speech: "The billionaire
businessman began by talking about the drug crisis, saying heroin is “cheaper than candy.”"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.quotes.clauses.words import (
    AUX,
    CONJUNCTIONS,
    OPENERS,
    PREPOSITIONS,
    verb_like,
)
from briefings.analysis.speech.words import one_person, person_head

__all__ = ["described_subject", "joined_described_subject"]

_HEAD_WORDS: Final = 5  # at most this many words between "the" and the verb


def joined_described_subject(toks: list[str], cue: int) -> str | None:
    """The description opening the sentence when the speech verb at `cue` is joined by "and" or
    "but" to its verb, nothing named or set off by commas between: "The actor held a fake audition
    and said, “…”" (round 54)."""
    if cue < 4 or toks[cue - 1] not in {"and", "but"}:
        return None
    subject = _opening_description(toks, cue)
    if subject is None:
        return None
    start = len(subject.split())
    for n in range(start, cue):
        t = toks[n]
        if t in {",", ";", ":", "(", "\ue000"}:
            return None
        if t[:1].isupper() and not (
            toks[n - 1].lower() in PREPOSITIONS or toks[n - 1][:1].isupper()
        ):
            return None  # "The actor thanked Castro and said": not settled so simply; but "met
            # workers in Brooklyn and said" is the actor's
    return subject


def described_subject(toks: list[str], cue: int) -> str | None:
    """The description ("the" and a person's noun, with up to four words before the noun) that is
    the subject of the sentence whose participle of speech, after a comma, stands at `cue`: "The
    retired neurosurgeon has provided no details …, saying …", "In three interviews, the justice
    sounded off on Trump, saying …"; None when the sentence opens otherwise."""
    if cue < 1 or toks[cue - 1] != ",":
        return None
    return _opening_description(toks, cue)


def _opening_description(toks: list[str], cue: int) -> str | None:
    """ "The retired neurosurgeon" opening the sentence before `cue`, as its subject."""
    j = 0
    if toks and toks[0].lower() in OPENERS:  # "In three separate interviews, the justice …"
        j = next((k + 1 for k in range(min(cue, 9)) if toks[k] == ","), cue)
    while j < cue and toks[j].lower() in CONJUNCTIONS:
        j += 1
    if j >= cue or toks[j].lower() != "the":
        return None
    for k in range(j + 2, min(cue, j + _HEAD_WORDS + 2)):
        if not toks[k - 1][:1].isalpha():
            return None
        head = toks[k - 1]  # "The retired neurosurgeon has": a participle before the noun
        if head.islower() and one_person(head) and person_head(head) and _a_verb(toks[k]):
            return " ".join(toks[j:k])
    return None


def _a_verb(tok: str) -> bool:
    return tok.lower() in AUX or verb_like(tok)
