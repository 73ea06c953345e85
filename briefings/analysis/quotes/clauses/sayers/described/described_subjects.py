"""A sentence's subject described, not named, before a participle of speech: "The billionaire
businessman began by talking about the drug crisis, saying heroin is “cheaper than candy.”"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.quotes.clauses.words import AUX, CONJUNCTIONS, OPENERS, verb_like
from briefings.analysis.speech.words import one_person, person_head

__all__ = ["described_subject"]

_HEAD_WORDS: Final = 5  # at most this many words between "the" and the verb


def described_subject(toks: list[str], cue: int) -> str | None:
    """The description ("the" and a person's noun, with up to four words before the noun) that is
    the subject of the sentence whose participle of speech, after a comma, stands at `cue`: "The
    retired neurosurgeon has provided no details …, saying …", "In three interviews, the justice
    sounded off on Trump, saying …"; None when the sentence opens otherwise."""
    if cue < 1 or toks[cue - 1] != ",":
        return None
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
