"""A surname two people share, after one of them opened a sentence of its paragraph as a speaker."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = ["introduced_speaking"]

# what follows a sentence's subject named in full before its speech verb: at most one aside
# between commas ("Joan Hale, his wife, said", "Carla Dunn, his daughter, who keeps the books,
# said"), then the verb
_SPEAKS: Final = re.compile(
    r"(?:,[^.;:“”\"]{1,90},)?\s+(?:said|says|told|added|recalled|explained|acknowledged)\b"
)

# what stands right before a name that opens its sentence: the paragraph's start, or a full stop
# (a closing mark may follow it) and spaces
_OPENS: Final = re.compile(r"(?:\A|[.!?][”’\"]?\s+)\Z")


def introduced_speaking(
    people: Sequence[Sequence[tuple[int, str]]], paragraph: str, start: int, pos: int
) -> int | None:
    """Of several people a surname may mean (each as its runs naming it in full: offsets in the
    article's text), the one whose naming in full, the last before `pos` in its paragraph (which
    starts at `start`), opens a sentence as the subject of a speech verb, with no other person of
    the surname named in full between: "Joan Hale, his wife, said …. “…,” Hale said" is hers,
    though Tom Hale was quoted before. Its index in `people`, or None."""
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
