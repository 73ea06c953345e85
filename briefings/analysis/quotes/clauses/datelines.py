"""A dateline opening an article's first sentence ("GASTONIA, N.C. — ", "DENVER (Reuters) - ",
"Washington (AFP) – "): no subject; the sentence's subject follows its dash."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.kinds import kind_by_lists

__all__ = ["dateline_end"]

_DASHES: Final = frozenset({"—", "–", "-", "--"})
_REACH: Final = 12  # tokens up to the dateline's dash
_CAPITALS: Final = re.compile(r"[A-Z][A-Z’'\-]{2,}")  # "GASTONIA", "WASHINGTON", "SAN"
# what else a dateline holds: a state's or a month's abbreviation, a day, an agency in brackets
_INSIDE: Final = re.compile(r"[A-Z][A-Za-z.]*|\d{1,2}|[,.()]")
_TITLED: Final = re.compile(r"[A-Z][a-z’'\-]{2,}")  # "Washington", "New York"
_PLACE_WORDS: Final = 3  # words of a place in ordinary capitals: "Salt Lake City"


def dateline_end(toks: list[str]) -> int:
    """Where the sentence goes on after the dateline opening it and its dash: 4 of ["GASTONIA",
    ",", "N.C.", "—", "Harold", …]; 0 when it opens on no place in capitals and a dash."""
    if not toks:
        return 0
    if not _CAPITALS.fullmatch(toks[0]):
        return _titled_place_end(toks)
    for k in range(1, min(len(toks) - 1, _REACH)):
        if toks[k] in _DASHES:
            return k + 1
        if not _INSIDE.fullmatch(toks[k]):
            return 0
    return 0


def _titled_place_end(toks: list[str]) -> int:
    """Past a place the word lists know, in ordinary capitals, an agency in brackets or none, and
    a dash before a capitalised word: "Washington (AFP) – Democrat Hillary Clinton …" (the
    brackets are often gone by now); not "Jordan — who …", a name and a dash's aside."""
    k = 0
    while k < min(len(toks), _PLACE_WORDS) and _TITLED.fullmatch(toks[k]):
        k += 1
    if k == 0:
        return 0
    end = k + 3 if k + 2 < len(toks) and toks[k] == "(" and toks[k + 2] == ")" else k  # "(AFP)"
    if not (end + 1 < len(toks) and toks[end] in _DASHES and toks[end + 1][:1].isupper()):
        return 0  # (the dash first: the word lists are read only for the few sentences with one)
    if kind_by_lists(" ".join(toks[:k]), [t.lower() for t in toks[:k]]) != "place":
        return 0
    return end + 1
