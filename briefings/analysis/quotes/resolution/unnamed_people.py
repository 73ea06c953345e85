"""A paragraph that opens on unnamed people speaking: a "he" after them means no one named before."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["opens_on_unnamed_people"]

# a paragraph's opening sentence whose subject is people the article does not name, and its
# speech verb: "People familiar with the talks said", "Two senior officials told The Post",
# "Several aides who attended described"
_OPENS_ON_PEOPLE: Final = re.compile(
    r"(?:[\w’'\-]+\s+){0,3}?(?:people|persons|officials|aides|sources|advisers|advisors|allies"
    r"|associates|staffers|witnesses|friends|colleagues)\b[^.!?“”\"]{0,120}?"
    r"\b(?:said|say|says|told|described|recalled|insisted|acknowledged|confirmed)\b",
    re.IGNORECASE,
)


def opens_on_unnamed_people(paragraph: str, upto: int) -> bool:
    """The paragraph, read up to `upto`, opens with a sentence whose subject is people it does not
    name ("People familiar with the county’s strategy said it would settle. “…,” he added"):
    a "he" or "she" after them is none of them, and not whoever an earlier paragraph named
    (the caller checks that no one is named in the paragraph before the pronoun)."""
    opening = _OPENS_ON_PEOPLE.match(paragraph, 0, upto)
    return opening is not None and opening.group()[:1].isupper()
