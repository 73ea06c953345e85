"""A paragraph opened by a speaker whose gender only a given name guesses, before a pronoun."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.speech.name_index import NameIndex

__all__ = ["opener_of_guessed_gender"]

# a paragraph opened by a surname as the subject of a speech verb, past at most one aside:
# "Pell, asked by a reporter whether …, said"
_OPENS_SPEAKING: Final = re.compile(
    r"([A-Z][\w’'\-]+)(?:,[^.;“”\"]{1,120},)?\s+(?:said|says|told|added|insisted|acknowledged)\b"
)


def opener_of_guessed_gender(
    paragraph: str, start: int, upto: int, name: str, want: str, index: NameIndex
) -> bool:
    """The paragraph (starting at `start` in the article's text) opens, before `upto`, with
    another person than `name` speaking, whom only a given name makes of the other gender than
    the pronoun's `want` ("Board member Jordan Pell …" earlier; here "Pell, asked …, said six
    titles were under review. “…,” she said"): the pronoun may well be that person's, so it is
    not given to `name`, named in an earlier paragraph. An honorific in the paragraph ("Mr.
    Pell") settles the gender."""
    opening = _OPENS_SPEAKING.match(paragraph, 0, upto)
    if opening is None:
        return False
    surname = opening.group(1)
    if surname == name.split()[-1]:
        return False
    full = index.fullest(surname, start)
    if " " not in full or not index.is_person(full):
        return False
    if re.search(rf"\b(?:Mr|Mrs|Ms|Miss)\.?\s+{re.escape(surname)}\b", index.title + paragraph):
        return False
    return index.gender(full) not in (want, None)
