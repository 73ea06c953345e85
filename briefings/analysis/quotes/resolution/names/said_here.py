"""A surname two people share, after one of them opened a sentence of its paragraph as a speaker."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = ["introduced_speaking"]

# what follows a sentence's subject named in full before its speech verb: at most one aside
# between commas ("Joan Hale, his wife, said", "Carla Dunn, his daughter, who keeps the books,
# said"), then the verb, or one of a stance that a quotation goes on to give ("sees it
# differently", "disagrees")
_SPEAKS: Final = re.compile(
    r"(?:,[^.;:“”\"]{1,90},)?\s+(?:said|says|told|added|recalled|explained|acknowledged|sees"
    r"|saw|disagrees|disagreed|agrees|agreed|thinks|thought|believes|believed|argues|argued"
    r"|insists|insisted|feels|felt|worries|worried)\b"
)

# what stands right before a name that opens its sentence: the paragraph's start, or a full stop
# (a closing mark may follow it) and spaces; then perhaps a kin noun's apposition ("His son, ")
_OPENS: Final = re.compile(
    r"(?:\A|[.!?][”’\"]?\s+)(?:(?:His|Her|Their)\s+(?:[a-z]+\s+){0,2}?[a-z]+,\s+)?\Z"
)


def introduced_speaking(
    people: Sequence[Sequence[tuple[int, str]]], paragraph: str, start: int, pos: int
) -> int | None:
    """Of several people a surname may mean (each as its runs naming it in full: offsets in the
    article's text), the one whose naming in full, the last before `pos` in its paragraph (which
    starts at `start`), opens a sentence as the subject of a speech verb, with no other person of
    the surname named in full between: "Joan Hale, his wife, said …. “…,” Hale said" is hers,
    though Tom Hale was quoted before; "His son, Luke Brenner, …, sees it differently. “…,”
    Brenner said" is the son's. Its index in `people`, or None."""
    last = [
        (at, i, full) for i, runs in enumerate(people) for at, full in runs if start <= at < pos
    ]
    if not last:
        return None
    at, i, full = max(last)
    local = at - start
    if local and not _OPENS.search(paragraph, 0, local):
        return None
    return i if _SPEAKS.match(paragraph, local + len(full)) else None
