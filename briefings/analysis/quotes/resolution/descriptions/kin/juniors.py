"""A son who bears his father's name, introduced by his given name and "Jr." ("His son Donald
Jr. announced …"): whom "the younger Mr. Trump" and "the elder Mr. Trump" mean."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.speech.roles import dotted

__all__ = ["junior_by_age"]

_YOUNGER: Final = frozenset({"younger", "youngest"})
_ELDER: Final = frozenset({"elder", "older", "eldest", "oldest"})
# round 59: the father may be named in the possessive ("Douglas Whitford’s eldest son, Douglas
# Whitford Jr.,")
_SON: Final = r"\b(?:[Hh]is|{0} {1}[’']s) (?:eldest |oldest )?son,? {0}(?: {1})? Jr\b"


def junior_by_age(rank: str, full: str, text: str) -> str | None:
    """For the one person named in full `full` with the surname ranked: the son "Given Surname Jr."
    when "the younger" and the father `full` when "the elder", if `text` introduces the father's
    son of his given name ("His son Donald Jr.", "his son, Donald Trump Jr.,"); None otherwise."""
    words = dotted(full).split()
    if len(words) < 2 or rank not in _YOUNGER | _ELDER:
        return None
    given, surname = words[0], words[-1]
    if re.search(_SON.format(re.escape(given), re.escape(surname)), text) is None:
        return None
    return f"{given} {surname} Jr." if rank in _YOUNGER else full
