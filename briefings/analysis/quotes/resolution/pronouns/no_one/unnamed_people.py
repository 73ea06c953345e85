"""A paragraph that opens on people it does not name: a "he" after them means no one named before."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.given_names.gender import PERSON_NOUNS
from briefings.analysis.speech.words import person_head

__all__ = ["a_possessed_person_speaks", "opens_on_a_described_person", "opens_on_unnamed_people"]

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


# a paragraph's opening sentence whose subject is "the" and a person's noun, set against the
# person quoted before: "The donor was less careful.", "The former aide was far more blunt."
_OPENS_ON_DESCRIBED: Final = re.compile(
    r"The\s+(?:[a-z][\w’'\-]*\s+){0,2}?([a-z][\w\-]*)\s+(?:was|is)\s+(?:(?:far|much)\s+)?"
    r"(?:less|more)\s+[a-z]+\."
)


def opens_on_a_described_person(paragraph: str, upto: int) -> bool:
    """The paragraph, read up to `upto`, opens with a short sentence setting a person described by
    a noun against the one quoted before ("The donor was less careful. Asked about …, he said:
    “…”"): a "he" after it is the one described; when the description named no one in this
    paragraph, not whoever an earlier paragraph named (the caller checks that)."""
    opening = _OPENS_ON_DESCRIBED.match(paragraph, 0, upto)
    return opening is not None and person_head(opening.group(1))


# a sentence of the paragraph whose subject is someone described by "her", "his" or "their" and a
# person's noun, and its speech verb: "Her mother said the family was doing …", "His wife told"
_POSSESSED_SPEAKS: Final = re.compile(
    r"(?:^|(?<=[.!?”\"]\s))(?:Her|His|Their)\s+(?:[a-z][\w\-]*\s+)?([a-z][\w\-]*)\s+"
    r"(?:said|says|told|added|recalled|wrote|explained|insisted)\b"
)


def a_possessed_person_speaks(paragraph: str, upto: int, want: str | None) -> bool:
    """The paragraph, read up to `upto`, has a sentence whose subject is a person described by a
    possessive and a noun of the pronoun's gender `want` or of none, unnamed there ("The
    Ostranders’ daughter … has since changed schools. Her mother said the family was doing “…”
    She continued, “…”"): a "he" or "she" after it is the one described, so not whoever an earlier
    paragraph named (round 50)."""
    if want is None:
        return False
    for m in _POSSESSED_SPEAKS.finditer(paragraph, 0, upto):
        head = m.group(1)
        if person_head(head) and PERSON_NOUNS.get(head) in (want, None):
            return True
    return False
