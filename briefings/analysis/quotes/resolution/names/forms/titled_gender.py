"""A surname under a courtesy title is never the one person of the other gender named in full by
it: "Mrs Howard said" beside only "Michael Howard" is Mrs Howard, not him (issue 15), or the wife
the article named beside him ("Michael Howard … appeared alongside his wife, Sandra,")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.speech.name_index import NameIndex

__all__ = ["of_the_titled_gender"]

# a spouse's noun after the owner's word of the other gender, and the spouse's given name alone
_SPOUSE: Final = {"f": "his wife", "m": "her husband"}
_OPENING: Final = r"(?:^|(?<=[.!?] ))"  # a sentence's start


def of_the_titled_gender(
    surname: str,
    full: str,
    gender: str | None,
    index: NameIndex,
    paragraphs: Sequence[str] = (),
) -> str:
    """`full`, the fullest form the article gives `surname`, unless a title before the surname
    gives `gender` and `full` is someone of the other gender: then the spouse the article names
    by a given name beside `full` (`spouse_of`), else the surname alone (shown with its title as
    written: `written_forms.titled_form`)."""
    if gender is None or full == surname or index.gender(full) in (gender, None):
        return full
    given = spouse_of(full, gender, paragraphs)
    return f"{given} {surname}" if given else surname


def spouse_of(full: str, gender: str, paragraphs: Sequence[str]) -> str | None:
    """The one given name the paragraphs set after "his wife," (or "her husband," for `gender`
    "m") in a sentence that opens with `full` and names no one else before it: "Michael Howard
    yesterday put his family …, appearing alongside his wife, Sandra, at a rally" gives
    "Sandra"; None when none or several."""
    spouse = _SPOUSE.get(gender)
    if spouse is None or " " not in full:
        return None
    pattern = re.compile(
        _OPENING + re.escape(full) + rf"\b([^.!?“”]*?)\b{spouse}, ([A-Z][a-z]+)\b(?! [A-Z])"
    )
    given = {
        m.group(2)
        for p in paragraphs
        if spouse in p
        for m in pattern.finditer(p)
        if not _TWO_CAPITALS.search(m.group(1))  # no one else named between
    }
    return given.pop() if len(given) == 1 else None


_TWO_CAPITALS: Final = re.compile(r"\b[A-Z][\w’'-]* [A-Z]")  # a full name
