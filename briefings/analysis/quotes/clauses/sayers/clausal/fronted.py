"""An opening clause with no subject of its own ("But while denouncing the “perversion” of …,
she has not …"): the main clause's subject, after its comma, speaks the words quoted in it."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import is_cap, is_possessive

__all__ = ["fronted_clause_subject"]

_OPENERS: Final = words_set("but and yet so")
_SUBORDINATORS: Final = words_set("while when after before since by in")
_PRONOUNS: Final = words_set("he she")
_LONGEST: Final = 30  # tokens of the opening clause
_NAME: Final = 5  # words of the subject's name


def fronted_clause_subject(toks: list[str], idx: int) -> str | None:
    """For a quotation at `idx` in a sentence opened by "while", "when", "after" … and a verb in
    "-ing" ("But while denouncing the “perversion” of tax avoidance to audiences, she hasn't
    outlined a plan", "When mocking the “summit,” Mayor Ann Ruiz named no one"): the subject
    after the clause's comma, a pronoun or a name with a lower-case verb after it; None
    otherwise."""
    i = 1 if toks and toks[0].lower() in _OPENERS else 0
    if i + 1 >= idx or toks[i].lower() not in _SUBORDINATORS:
        return None
    verb = toks[i + 1]
    if not (verb.islower() and verb.isalpha() and verb.endswith("ing")):
        return None
    comma = next(
        (j for j in range(idx + 1, min(len(toks), i + _LONGEST)) if toks[j] in {",", ";", "."}),
        None,
    )
    if (
        comma is None
        or toks[comma] != ","
        or any(mask_id(t) is not None or t in {";", ":", "(", ")"} for t in toks[i + 2 : idx])
    ):
        return None
    if any(mask_id(t) is not None for t in toks[idx + 1 : comma]):
        return None
    start = comma + 1
    if start < len(toks) and toks[start] == "\ue001":
        start += 1
    if start + 1 < len(toks) and toks[start].lower() in _PRONOUNS and _a_verb(toks[start + 1]):
        return toks[start].lower()
    end = start
    while end < len(toks) and end - start < _NAME and is_cap(toks[end]):
        if is_possessive(toks[end]):
            return None
        end += 1
    if end == start or end >= len(toks) or not _a_verb(toks[end]):
        return None
    phrase = " ".join(toks[start:end])
    speaker = parse_speaker(phrase)
    return phrase if speaker and speaker.name and not speaker.is_org else None


def _a_verb(word: str) -> bool:
    """A lower-case word that may be the main clause's verb or auxiliary."""
    return (word.isalpha() and word.islower()) or word in {"hasn't", "hasn’t", "didn't", "didn’t"}
