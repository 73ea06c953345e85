"""A surname two people share, after one of them opened a sentence of its paragraph as a speaker."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.common.names import ROLE_HEADS, ROLE_MODIFIERS
from briefings.analysis.speech.name_shapes import is_title_word

__all__ = ["introduced_speaking"]

# what follows a sentence's subject named in full before its speech verb: at most one aside
# between commas ("Joan Hale, his wife, said", "Carla Dunn, his daughter, who keeps the books,
# said"), then the verb, or one of a stance that a quotation goes on to give ("sees it
# differently", "disagrees"), or asked the question the quotation answers ("was asked about")
_SPEAKS: Final = re.compile(
    r"(?:,[^.;:“”\"]{1,90},)?\s+(?:said|says|told|added|recalled|explained|acknowledged|sees"
    r"|saw|disagrees|disagreed|agrees|agreed|thinks|thought|believes|believed|argues|argued"
    r"|insists|insisted|feels|felt|worries|worried"
    r"|was\s+asked|was\s+pressed|replied|responded|answered)\b"  # round 59: "… was asked …"
)

# what stands right before a name that opens its sentence: the paragraph's start, or a full stop
# (a closing mark may follow it) and spaces; then perhaps a kin noun's apposition ("His son, ")
_OPENS: Final = re.compile(
    r"(?:\A|[.!?][”’\"]?\s+)(?:(?:His|Her|Their)\s+(?:[a-z]+\s+){0,2}?[a-z]+,\s+)?\Z"
)


# a place phrase opening the sentence before its subject: "In Seoul, ", "At the Pentagon, "
_PLACE_OPENING: Final = re.compile(
    r"(?:In|At|From)\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2},\s+\Z"
)

# a capitalised word of a title written before the name: "Defense Minister ", "Foreign "
_TITLE_WORD: Final = re.compile(r"([A-Z][\w.\-]*)\s+\Z")


def _subject_opening(paragraph: str, local: int) -> int:
    """Where the subject whose name starts at `local` starts, past the title written before it
    ("Defense Minister Kim Sung-ho") and a place phrase opening the sentence ("In Seoul, ")."""
    titled = local
    while (m := _TITLE_WORD.search(paragraph, 0, local)) is not None and _a_title(m.group(1)):
        local = m.start()
    if local < titled and (office := _OFFICE_OPENING.search(paragraph, 0, local)) is not None:
        local = office.start()  # round 57: "Environment and Climate Change Minister Marina Silva"
    place = _PLACE_OPENING.search(paragraph, 0, local)
    return place.start() if place else local


# the rest of an office's name written capitalised before its title word, opening the sentence:
# "Environment and Climate Change " of "Environment and Climate Change Minister"
_OFFICE_OPENING: Final = re.compile(
    r"(?:\A|(?<=[.!?] )|(?<=[.!?][”’\"] ))[A-Z][\w\-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w\-]*)*\s+\Z"
)


def _a_title(word: str) -> bool:
    low = word.lower().rstrip(".")
    return is_title_word(word) or low in ROLE_HEADS or low in ROLE_MODIFIERS


def introduced_speaking(
    people: Sequence[Sequence[tuple[int, str]]], paragraph: str, start: int, pos: int
) -> int | None:
    """Of several people a surname may mean (each as its runs naming it in full: offsets in the
    article's text), the one whose naming in full, the last before `pos` in its paragraph (which
    starts at `start`), opens a sentence as the subject of a speech verb, with no other person of
    the surname named in full between: "Joan Hale, his wife, said …. “…,” Hale said" is hers,
    though Tom Hale was quoted before; "His son, Luke Brenner, …, sees it differently. “…,”
    Brenner said" is the son's; "In Seoul, Defense Minister Kim Sung-ho told lawmakers …. “…,”
    Kim said" the minister's (a title and a place phrase may stand before the name). Its index in `people`, or None."""
    last = [
        (at, i, full) for i, runs in enumerate(people) for at, full in runs if start <= at < pos
    ]
    if not last:
        return None
    at, i, full = max(last)
    local = at - start
    opening = _subject_opening(paragraph, local)  # round 56: "In Seoul, Defense Minister Kim
    if opening and not _OPENS.search(paragraph, 0, opening):  # Sung-ho told lawmakers"
        return None
    return i if _SPEAKS.match(paragraph, local + len(full)) else None
