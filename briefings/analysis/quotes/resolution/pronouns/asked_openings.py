"""The one asked in a sentence's opening clause, whom the main clause's "he" or "she" means:
"When a reporter asked state Treasurer Glen Maddox whether the state could afford it, he
paused."."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.given_names.gender import gender_of
from briefings.analysis.common.names import words_set
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import is_cap, is_possessive

__all__ = ["asked_in_the_main_clause", "asked_in_the_opening", "asker_of_the_other_gender"]

_OPENERS: Final = words_set("when after as once")
_QUESTIONS: Final = words_set("whether if about")
_MAIN_PRONOUNS: Final = words_set("he she")
_OPENING_REACH: Final = 30  # tokens of the opening clause up to its comma


def asked_in_the_opening(toks: list[str]) -> tuple[int, str] | None:
    """Where the person asked in the opening clause is named, and that name, when the sentence
    opens "When … asked [a job word] NAME whether/if/about …," and its main clause opens with
    "he" or "she": the one asked is the subject that pronoun means ("When a reporter asked state
    Treasurer Glen Maddox whether …, he paused."). None otherwise, or when the one asked is a
    body."""
    if not toks or toks[0].lower() not in _OPENERS or "asked" not in toks:
        return None
    comma = next((c for c in range(1, min(len(toks), _OPENING_REACH)) if toks[c] == ","), None)
    if comma is None or comma + 1 >= len(toks) or toks[comma + 1].lower() not in _MAIN_PRONOUNS:
        return None
    asked = toks.index("asked")
    if asked > comma:
        return None
    start = asked + 1
    if start < comma and toks[start].isalpha() and toks[start].islower():
        start += 1  # "asked [state] Treasurer Glen Maddox"
    end = start
    while end < comma and is_cap(toks[end]) and not is_possessive(toks[end]):
        end += 1
    if end == start or end >= comma or toks[end].lower() not in _QUESTIONS:
        return None
    phrase = " ".join(toks[start:end])
    speaker = parse_speaker(phrase)
    if speaker is None or not speaker.name or speaker.is_org:
        return None
    return start, speaker.name


def asker_of_the_other_gender(toks: list[str], asker: str) -> bool:
    """The sentence opens "When ASKER asked NAME whether/about …, he/she" and the asker's gender is
    not the pronoun's ("When Sen. Laura Whitcomb asked Defense Secretary Alan Brody about …, he
    bristled"): the asker is no subject the main clause's pronoun, or a later one, may mean."""
    if asked_in_the_opening(toks) is None:
        return False
    comma = toks.index(",")
    pronoun = toks[comma + 1].lower()
    gender = gender_of(asker)
    return gender is not None and gender != ("f" if pronoun == "she" else "m")


# A question reported in full, so that the next quotation is its answer: not "asked Pike about
# the Fed", which a quoted question may follow
_ASKED_WHAT: Final = words_set("whether if how what why when where who which")


def asked_in_the_main_clause(toks: list[str]) -> tuple[int, str] | None:
    """Where the person asked is named, and that name, when a sentence's subject "asked NAME"
    how/what/whether/if …, not in an opening clause ("Commissioner Rhonda Kearney asked Schaefer
    how many workers he had laid off."): the one asked answers, so is someone a "he" or "she"
    after it may mean. None otherwise, or when the one asked is a body."""
    if "asked" not in toks:
        return None
    asked = toks.index("asked")
    if asked == 0 or not is_cap(toks[0]) or toks[0].lower() in _OPENERS or "," in toks[:asked]:
        return None
    start = end = asked + 1
    while end < len(toks) and is_cap(toks[end]) and not is_possessive(toks[end]):
        end += 1
    if end == start or end >= len(toks) or toks[end].lower() not in _ASKED_WHAT:
        return None
    speaker = parse_speaker(" ".join(toks[start:end]))
    if speaker is None or not speaker.name or speaker.is_org:
        return None
    return start, speaker.name
