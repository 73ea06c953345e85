"""Whom a description by a hometown means ("The lawmaker from Mesa was unmoved."): the one person
the article described as from that place ("Rep. Travis Kellan, the Republican from Mesa, …")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.speech.tokens import is_cap

__all__ = ["FROM", "from_place", "from_place_fits"]

FROM: Final = "from "  # a DESCRIBED role "from Mesa": the person from Mesa
_HEADS_REACH: Final = 3  # words between "The" and "from": "The first-term lawmaker"


def from_place(toks: list[str], j: int, end: int) -> str | None:
    """ "The lawmaker from Mesa", "The delegate from Chesterfield": the place of a description
    `toks[j:end]` made of "the", a lower-case noun or two, "from" and a capitalised place."""
    if toks[j].lower() != "the" or "from" not in toks[j + 2 : end]:
        return None
    at = toks.index("from", j + 2)
    nouns = toks[j + 1 : at]
    place = toks[at + 1 : end]
    if len(nouns) > _HEADS_REACH or not all(w.isalpha() and w.islower() for w in nouns):
        return None
    if not place or not all(is_cap(w) and w.isalpha() for w in place):
        return None
    return " ".join(place)


def from_place_fits(person: str, place: str, paragraphs: Sequence[str]) -> bool:
    """The article writes `person` (by surname) with a description from `place` after a comma:
    "Kellan, the Republican from Mesa", "Nancy Pruett, a Republican from Chesterfield"."""
    surname = re.escape(person.split()[-1])
    pattern = re.compile(
        rf"\b{surname}\b(?: \([^)]*\))?, (?:a|an|the) [^,.;“”]{{0,40}}?\bfrom {re.escape(place)}\b"
    )
    return any(pattern.search(p) for p in paragraphs)
