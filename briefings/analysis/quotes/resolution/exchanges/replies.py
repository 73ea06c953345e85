"""A description that replies ("“…,” the Republican shot back"): not the one quoted just before."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["replies_after"]

# a clause after a quotation whose subject is a description and whose verb answers someone:
# ",” the Republican shot back", "!” the senator retorted"
_REPLIES: Final = re.compile(
    r"[,.!?]?[”\"]?\s+the\s+(?:[\w’'\-]+\s+){1,3}?(?:(?:shot|fired|hit)\s+back|retorted|countered"
    r"|replied|responded)\b",
    re.IGNORECASE,
)


def replies_after(paragraph: str, end: int) -> bool:
    """The quotation ending at `end` is followed by a description and a verb of reply ("“That is
    not an answer,” the Republican shot back"): one answers someone else, so the description is
    not the person quoted just before."""
    return _REPLIES.match(paragraph, end) is not None
