"""A given name or surname and a suffix alone ("Don Jr.") is the person named in full with both."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from briefings.analysis.speech.name_index import NameIndex

__all__ = ["junior_named"]

_SUFFIXES: Final = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _suffix(word: str) -> str:
    return word.lower().rstrip(".")


def junior_named(name: str, index: NameIndex, pos: int, paragraphs: Sequence[str]) -> str | None:
    """The one person named in full before `pos` with the suffix of `name` ("Don Jr.") written
    after the full name and a given name that is or begins with its first word ("Donald Trump
    Jr."), or a surname that is its last ("Whitford Jr." of "Douglas Whitford Jr."); None when
    `name` is no such pair, or no one or several fit."""
    words = name.split()
    if len(words) != 2 or _suffix(words[1]) not in _SUFFIXES:
        return None
    given, suffix = words[0], words[1].rstrip(".")
    fits = set()
    for _, run in index.runs[: index.runs_before(pos)]:
        parts = run.split()
        if (
            len(parts) > 1
            and (parts[0].startswith(given) or parts[-1] == given)  # round 59: "Whitford Jr."
            and run not in fits
            and any(f"{run} {suffix}" in par for par in paragraphs)
        ):
            fits.add(run)
    return f"{next(iter(fits))} {words[1]}" if len(fits) == 1 else None
