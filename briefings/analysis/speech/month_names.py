"""A month that is a given name, before a surname: "June Kessler", "April Ryan", not "June 5"."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.library_lists.zipf import english_zipf
from briefings.analysis.speech.name_shapes import first_name_like

__all__ = ["given_month", "month_named"]

_GIVEN_MONTHS: Final = frozenset({"June", "April", "May", "August"})
_RARE_ZIPF: Final = 4.0  # as name_index.RARE_ZIPF: "Kessler" is rare, "Congress" is not
_WORD: Final = re.compile(r"[A-Z][a-z][\w’'\-]*")


def given_month(word: str, following: str | None) -> bool:
    """`word` is a month that people are named ("June", "April", "May", "August") and opens a
    name here: the word after it is capitalised, not in capitals, and a given name or a word too
    rare to be a common one ("Kessler"; not "Congress", "Democrats", "CPI" or "5")."""
    if word not in _GIVEN_MONTHS or not following:
        return False
    rest = following.rstrip(".,;:”’\"'")
    for ending in ("’s", "'s"):
        rest = rest.removesuffix(ending)
    if not _WORD.fullmatch(rest):
        return False
    return first_name_like(rest) or english_zipf(rest.lower()) < _RARE_ZIPF


def month_named(word: str) -> bool:
    """A month that people are named or surnamed ("June", "May"): alone before "said" after a
    quotation ("“…,” June says", "“…,” May said"), someone's name, as no month speaks."""
    return word in _GIVEN_MONTHS
