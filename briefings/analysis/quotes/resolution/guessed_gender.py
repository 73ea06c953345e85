"""A "she" or "he" against a gender guessed from a given name alone: "Board member Jordan Pell,
…, said …. “…,” she said" is Pell's when no one else can be meant. gender-guesser and the hand
list read Jordan, Jess, Jean, Alex or Dana as one sex; American news gives them to both."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, Protocol

from briefings.analysis.common.given_names.gender import gender_of
from briefings.analysis.speech.name_index import NameIndex

__all__ = ["against_a_guess", "guessed_only"]

_SUBJECTS: Final = frozenset(("opening", "cue", "speaker"))
RIVAL: Final = 0.25  # a runner-up scoring this share of the best: someone else may be meant


class _Mention(Protocol):
    name: str
    sentence: int
    paragraph: int
    how: str
    gender: str | None


def guessed_only(
    name: str, want: str, index: NameIndex, recent: Sequence[_Mention], paragraphs: Sequence[str]
) -> bool:
    """`name` (a given name and a surname) is of the other gender than `want` only by its given
    name: no courtesy title ("Mr. Pell"), no title shown beside a mention of it."""
    words = name.split()
    if len(words) < 2:
        return False
    gender = index.gender(name)
    if gender is None or gender == want or gender != gender_of(words[0]):
        return False
    if any(m.gender for m in recent if m.name == name):
        return False
    titled = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss)\.? {re.escape(words[-1])}\b")
    return not any(titled.search(par) for par in paragraphs)


def against_a_guess(
    want: str,
    index: NameIndex,
    recent: Sequence[_Mention],
    here: tuple[int, int],
    paragraphs: Sequence[str],
    ranked: list[tuple[float, str]] | None,
    start: int,
    pos: int,
) -> tuple[str, str] | None:
    """The person a pronoun means though its given name reads as the other sex, and how far
    ("" or ", earlier paragraph"): (1) the one subject or speaker of the sentence before, in the
    pronoun's paragraph ("Pell,
    asked …, said six titles were under review. “…,” she said"); or (2) when no one named so far
    fits the pronoun (`ranked`: everyone, best first, gender aside), the most salient person, with
    no rival near ("Jess Tanaka expects to cut hours at her bakery. / “…,” she said"). Neither
    when the pronoun's paragraph (from `start`, the article offset of its first character, to the
    pronoun at `pos`) names another person or holds a "him" ("her") of the pronoun's gender: "When
    Sen. Laura Whitcomb asked Alan Brody …, he bristled", "Ingraham pressed him on whether …"."""
    sentence, paragraph = here
    par = paragraphs[paragraph]
    if _OBJECTS[want].search(par, 0, max(0, pos - start)):
        return None  # "Ingraham pressed him on whether …": the one pressed may be meant
    named = {index.fullest(other, at) for at, other in index.runs if start <= at < pos}
    named = {n for n in named if index.is_person(n)}
    before = {
        m.name
        for m in recent
        if m.name and m.paragraph == paragraph and m.sentence == sentence - 1 and m.how in _SUBJECTS
    }
    if len(before) == 1:
        (name,) = before
        if named <= {name} and guessed_only(name, want, index, recent, paragraphs):
            return name, ""
    if not ranked or not ranked[0][1]:
        return None
    best = ranked[0][1]
    if len(ranked) > 1 and ranked[1][0] >= RIVAL * ranked[0][0]:
        return None
    last = max(m.paragraph for m in recent if m.name == best)
    if last < paragraph - 1 or not named <= {best}:
        return None
    if not guessed_only(best, want, index, recent, paragraphs):
        return None
    return best, "" if last == paragraph else ", earlier paragraph"


# a man or a woman other than the subject, as an object: "pressed him", "asked her" (a "her"
# after a verb in "-ed" or a verb of asking or telling; "her son's class" is hers)
_OBJECTS: Final = {
    "m": re.compile(r"\b(?:him|himself)\b"),
    "f": re.compile(r"\b(?:\w+ed|told|tells|asks|presses) her(?:self)?\b"),
}
