"""A participle of speech inside a clause embedded after its sentence's verb ("The former governor
spoke hours after Curtis Lyle … held a rally in which he mocked …, saying “…”"): its subject is
the embedded clause's, not the sentence's."""

from __future__ import annotations

from typing import Final

from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.words import PRONOUNS

__all__ = ["embedded_subject", "subject_past_in_which"]

_RELATIVES: Final = frozenset({"which", "where", "whom"})
_PREPOSITIONS: Final = frozenset({"in", "during", "at", "on", "after", "for", "with"})


def embedded_subject(toks: list[str], cue: int, start: int = 0) -> str | None:
    """The subject of the clause that the quotation or participle of speech at `cue` sits in
    when that clause opens after `start` with "in which", "during which", "at which" or "where"
    and a pronoun or a name ("The former governor spoke hours after Lyle … held a rally nearby
    in which he mocked the family as “…,” saying …": he, not the governor who spoke); None when
    no such clause opens between them."""
    if "which" not in toks and "where" not in toks:
        return None
    for k in range(cue - 1, start, -1):
        tok = toks[k].lower()
        if tok not in _RELATIVES:
            continue
        if tok == "which" and toks[k - 1].lower() not in _PREPOSITIONS:
            continue  # "the bill, which he signed": no clause of its own speaker
        subject = toks[k + 1] if k + 1 < cue else ""
        if subject.lower() in PRONOUNS:  # "Mr. Trump, who …, held a news conference in which
            return _who_before(toks, start, k)  # he …": Trump, else no one ("")
        end = k + 1
        while end < cue and toks[end][:1].isupper() and mask_id(toks[end]) is None:
            end += 1
        if end > k + 2 or (end == k + 2 and subject.isalpha()):
            return " ".join(toks[k + 1 : end])
        return None
    return None


def _who_before(toks: list[str], start: int, end: int) -> str:
    """The name written before ", who" between `start` and `end` (the subject a relative clause
    interrupts: "Mr. Trump, who has been leading in polls here, held …"), the last such; "" (no
    one) when there is none."""
    for k in range(end - 1, start + 1, -1):
        if toks[k].lower() != "who" or toks[k - 1] != ",":
            continue
        j = k - 1
        while j - 1 > start and toks[j - 1][:1].isupper() and mask_id(toks[j - 1]) is None:
            j -= 1
        if j < k - 1:
            return " ".join(toks[j : k - 1])
    return ""


def subject_past_in_which(subject: str) -> str | None:
    """The subject of a clause opened by a preposition and "which" inside the phrase read before
    a speech verb: "the senator" of "[referred questions to] a statement in which the senator
    [said]" — the statement does not speak, its writer does; None when no such clause opens it."""
    words = subject.split()
    for k in range(len(words) - 2, 0, -1):
        if words[k].lower() == "which" and words[k - 1].lower() in _PREPOSITIONS:
            return " ".join(words[k + 1 :])
    return None
