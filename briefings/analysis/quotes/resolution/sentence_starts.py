"""Where the sentences of a paragraph start, up to a point: the rules that read the sentence
holding a quotation, or the one before it."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["sentence_starts"]

# a sentence boundary: an end mark, a closing quotation mark or bracket, and a space
_BOUNDARY: Final = re.compile(r"[.?!][”’\"')]*\s+")


def sentence_starts(par: str, at: int) -> list[int]:
    """The offsets in `par` at which a sentence starts before `at`, in order: 0 first, and after
    each end mark (with any closing quotation marks or brackets) and the space that follows it.
    The last is the start of the sentence holding `at`."""
    return [0] + [m.end() for m in _BOUNDARY.finditer(par, 0, at)]
