"""A dateline opening an article's first sentence ("GASTONIA, N.C. — ", "DENVER (Reuters) - "):
no subject; the sentence's subject follows its dash."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["dateline_end"]

_DASHES: Final = frozenset({"—", "–", "-", "--"})
_REACH: Final = 12  # tokens up to the dateline's dash
_CAPITALS: Final = re.compile(r"[A-Z][A-Z’'\-]{2,}")  # "GASTONIA", "WASHINGTON", "SAN"
# what else a dateline holds: a state's or a month's abbreviation, a day, an agency in brackets
_INSIDE: Final = re.compile(r"[A-Z][A-Za-z.]*|\d{1,2}|[,.()]")


def dateline_end(toks: list[str]) -> int:
    """Where the sentence goes on after the dateline opening it and its dash: 4 of ["GASTONIA",
    ",", "N.C.", "—", "Harold", …]; 0 when it opens on no place in capitals and a dash."""
    if not toks or not _CAPITALS.fullmatch(toks[0]):
        return 0
    for k in range(1, min(len(toks) - 1, _REACH)):
        if toks[k] in _DASHES:
            return k + 1
        if not _INSIDE.fullmatch(toks[k]):
            return 0
    return 0
