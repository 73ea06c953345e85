"""A role cut where it runs over "and" into another person the article names, or dropped."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from briefings.analysis.common.names import PLACES, ROLE_HEADS, ROLE_MODIFIERS, US_PLACES
from briefings.analysis.people.own_words.nature import common_surname

_POSSESSIVE: Final = re.compile(r"[’']s?$")
_PLACE_LINKS: Final = frozenset({"of", "from", "the"})


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The capitalised words of names ("Marco Rubio" → "Marco", "Rubio")."""
    return frozenset(w for name in names for w in name.split() if w[:1].isupper())


def own_part(role: str, others: frozenset[str]) -> str | None:
    """The part of a role that is the person's own, where it joins another person's name by
    "and" (`others`: the words of the other people's names, not the person's own): "Trump and
    Texas Sen." → "Texas Sen." (Trump listed or not); "Texas and Marco Rubio of Florida" → "Texas", a place alone, which
    is no job → None. A role with no other person's name beside an "and" stays as it is ("Marks and
    Spencer chief executive", "Trade and Industry Secretary")."""
    words = role.split()
    for k in range(len(words) - 1, 0, -1):
        if words[k] != "and" or k + 1 >= len(words):
            continue
        before, after = words[k - 1], words[k + 1]
        if (before in others and _no_partners_name(after)) or _a_surname_before(before, after):
            # a title read back over "and" to another person's surname: "Ryan and Senate
            # Majority Leader" (not a firm of two partners' names: "Marks and Spencer")
            words = words[k + 1 :]
            break
        if any(_bare(w) in others for w in _capitalised_run(words[k + 1 :])):
            # a body read on over "and" to another person: "Texas and Marco Rubio of Florida",
            # "University of Chicago and Professor Knittel"
            words = words[:k]
    if not words:
        return None
    if words == role.split():
        return role
    rest = " ".join(words)
    place = " ".join(w for w in rest.lower().split() if w not in _PLACE_LINKS)
    return None if place in PLACES or place in US_PLACES else rest


def _bare(word: str) -> str:
    """A word without a possessive ending."""
    return _POSSESSIVE.sub("", word)


def _a_surname_before(before: str, after: str) -> bool:
    """A surname the article lists no one by, before "and" and a place or a title's word: "Trump
    and Texas Sen." (not "Marks and Spencer", "Trinidad and Tobago", "Health and Human")."""
    low, next_low = before.lower(), after.lower()
    return (
        common_surname(before)
        and low not in PLACES
        and low not in US_PLACES
        and low not in ROLE_MODIFIERS
        and low not in ROLE_HEADS
        and (next_low in PLACES or next_low in US_PLACES or next_low in ROLE_HEADS)
    )


def _no_partners_name(word: str) -> bool:
    """A word after "and" that no firm of two partners' names ends in ("Marks and Spencer",
    "Ernst and Young"): a place, a title's word, or no common surname ("Senate", "Texas")."""
    low = word.lower()
    return (
        low in PLACES
        or low in US_PLACES
        or low in ROLE_MODIFIERS
        or low in ROLE_HEADS
        or not common_surname(word)
    )


def _capitalised_run(words: list[str]) -> list[str]:
    """The capitalised words that open `words`."""
    run: list[str] = []
    for word in words:
        if not word[:1].isupper():
            break
        run.append(word)
    return run
