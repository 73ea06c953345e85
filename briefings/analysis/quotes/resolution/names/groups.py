"""Plural people-words ("Latinos", "Democrats", "Voters"): a group, never whom "he" or "she" means."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.names import DEMONYMS
from briefings.analysis.speech.words import AFFILIATIONS, ROLE_NOUNS

__all__ = ["plural_people", "plural_shaped"]

# A plural verb or a quantifier beside a word shows the article writing it as many people:
# "Latinos have been angry", "Many Latinos say"; a surname takes "has" and "says". A past tense
# ("voted") is said of one as of many: "Supervisor Arenas voted against the plan" (round 49).
_PLURAL_VERB: Final = (
    r"(?:are|were|have|say|think|want|need|believe|feel|vote|do|don[’']t|aren[’']t)"
)
_QUANTIFIER: Final = r"(?:[Mm]any|[Mm]ost|[Ss]ome|[Ff]ew|[Tt]hese|[Tt]hose|[Ff]ellow|[Oo]ther)"

_BETWEEN: Final = r"(?:, [a-z]+,| also| still| now| often| too| all)?"  # "Latinos, however, were"
# What the name is written between, matched at each place it is: one pattern each, none made per
# name ("… Latinos have", "many Latinos,"). `_QUANTIFIED` ends where the name starts; a quantifier
# is 7 characters at most, with its space.
_PLURAL_AFTER: Final = re.compile(rf"{_BETWEEN} {_PLURAL_VERB}\b")
_QUANTIFIED: Final = re.compile(rf"\b{_QUANTIFIER} \Z")
_QUANTIFIED_CHARS: Final = 7
_WORD_START: Final = re.compile(r"\b")


def plural_people(name: str, text: str) -> bool:
    """A one-word name that is a plural of people: its singular a nation, a party or a job
    ("Americans", "Democrats", "Voters"), or the article writes it with a plural verb or a
    quantifier ("Latinos have been angry", "many Latinos"); not a surname in -s ("Sanders")."""
    if not plural_shaped(name):
        return False
    singular = name.lower()[:-1]
    if singular in DEMONYMS or singular in AFFILIATIONS or singular in ROLE_NOUNS:
        return True
    return written_as_many(name, text)


def plural_shaped(name: str) -> bool:
    """Whether the name has a plural's shape: one word of four letters or more ending in "s",
    not in "ss", "us" or "is" (a name without it is no plural, whatever the text)."""
    low = name.lower()
    return not (
        " " in name or len(low) < 4 or not low.endswith("s") or low.endswith(("ss", "us", "is"))
    )


def written_as_many(name: str, text: str) -> bool:
    """Whether the text writes the name with a plural verb after it or a quantifier before it,
    at one of the places it is written."""
    at = text.find(name)
    while at != -1:
        if _as_many_at(text, at, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def _as_many_at(text: str, start: int, end: int) -> bool:
    """Whether the name written from `start` to `end` has a plural verb after it, or a quantifier
    before it and a comma or a full stop after it: what the pattern
    `\\b(?:Q )?NAME B V\\b|\\bQ NAME[,.;]` (Q a quantifier, B what may stand between, V a plural
    verb) finds there."""
    quantified = _QUANTIFIED.search(text, max(0, start - _QUANTIFIED_CHARS), start) is not None
    if quantified and text[end : end + 1] in (",", ".", ";"):
        return True
    opens = quantified or _WORD_START.match(text, start) is not None
    return opens and _PLURAL_AFTER.match(text, end) is not None
