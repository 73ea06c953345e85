"""Lower-case asides between dashes taken out of a paragraph before its clauses are read."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.speech.cues import CUES

# an aside between dashes all in lower case, no quotation or name in it: "For much of the
# performance - with sleeves rolled slightly and any prepared text doomed to be ignored - Mr.
# Biden assured …" (NYT archive copy writes a spaced hyphen for the dash)
_DASHED_ASIDE: Final = re.compile(r" (?:—|–|--|-) ([a-z][a-z0-9 ,’'\-]{0,120}?) (?:—|–|--|-)(?= )")
_ASIDE_WORDS: Final = 16

# a speech verb whose object is "it" or "so" refers back to words already quoted and introduces
# none: "Mr. Biden — he said it twice — told the crowd"
_REFERRING: Final = frozenset({"it", "so"})


def _introduces(words: list[str]) -> bool:
    """Whether a speech verb of the aside may introduce a quotation ("— he said —"), not refer
    back to one by its object ("— he said it twice —")."""
    return any(
        w in CUES and (i + 1 == len(words) or words[i + 1] not in _REFERRING)
        for i, w in enumerate(words)
    )


def without_dashed_asides(masked: str) -> str:
    """The text with each lower-case aside between dashes taken out (a comma left where a capital
    follows), when it is a short phrase holding no speech verb that may introduce the quotation
    ("— he said —")."""

    def drop(m: re.Match[str]) -> str:
        words = m.group(1).replace(",", " ").split()
        if len(words) > _ASIDE_WORDS or _introduces(words):
            return m.group()
        # an opening phrase closed by the aside ends as by a comma: "For much of the performance
        # - … - Mr. Biden assured" reads "For much of the performance, Mr. Biden assured"
        return "," if masked[m.end() + 1 : m.end() + 2].isupper() else ""

    return _DASHED_ASIDE.sub(drop, masked)
