"""Plural people-words ("Latinos", "Democrats", "Voters"): a group, never whom "he" or "she" means."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.names import DEMONYMS
from briefings.analysis.speech.words import AFFILIATIONS, ROLE_NOUNS

__all__ = ["plural_people"]

# A plural verb or a quantifier beside a word shows the article writing it as many people:
# "Latinos have been angry", "Many Latinos say"; a surname takes "has" and "says".
_PLURAL_VERB: Final = (
    r"(?:are|were|have|say|think|want|need|believe|feel|vote|voted|do|don[’']t|aren[’']t)"
)
_QUANTIFIER: Final = r"(?:[Mm]any|[Mm]ost|[Ss]ome|[Ff]ew|[Tt]hese|[Tt]hose|[Ff]ellow|[Oo]ther)"

_BETWEEN: Final = r"(?:, [a-z]+,| also| still| now| often| too| all)?"  # "Latinos, however, were"


def plural_people(name: str, text: str) -> bool:
    """A one-word name that is a plural of people: its singular a nation, a party or a job
    ("Americans", "Democrats", "Voters"), or the article writes it with a plural verb or a
    quantifier ("Latinos have been angry", "many Latinos"); not a surname in -s ("Sanders")."""
    low = name.lower()
    if " " in name or len(low) < 4 or not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return False
    singular = low[:-1]
    if singular in DEMONYMS or singular in AFFILIATIONS or singular in ROLE_NOUNS:
        return True
    word = re.escape(name)
    return (
        re.search(
            rf"\b(?:{_QUANTIFIER} )?{word}{_BETWEEN} {_PLURAL_VERB}\b|\b{_QUANTIFIER} {word}[,.;]",
            text,
        )
        is not None
    )
