"""Of two holders of one office, "the president" after a fronted phrase naming one is the other."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.common.names import NAME_PARTICLES

__all__ = ["holder_not_named_here"]

# where the sentence holding a quotation starts: after the last full stop and space before it
_SENTENCE_END: Final = re.compile(r"[.!?][”’\"]?\s+(?=[“‘\"]?[A-Z])")
# a phrase opening the sentence up to its comma, then the description as the verb's subject
_FRONTED: Final = re.compile(r"([A-Z][^,“”]{2,80}),\s+the\s+([\w\- ]{1,40}?)\s+[a-z]+\b")


def holder_not_named_here(
    holders: Sequence[str], role: str, paragraph: str, local: int
) -> str | None:
    """Of the people holding the office a description names (two or more), the one left when a
    phrase opening the sentence of the quotation at `local` of `paragraph`, right before the
    description as its subject, names all the others by a word of their names: "Asked about
    Petro's proposal, the president said Brazil was “…”" of Lula and Gustavo Petro is Lula (a
    writer who meant Petro would write "Asked about his proposal"). None when it names none of
    them, or all of them, or the description is not the subject after such a phrase ("Lindqvist's
    adviser said the governor had told her" may well mean Lindqvist)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(paragraph)]
    start = max((e for e in ends if e <= local), default=0)
    fronted = _FRONTED.match(paragraph, start)
    if fronted is None or fronted.group(2).strip().lower() != role.lower():
        return None
    left = [h for h in holders if not _named_in(h, fronted.group(1))]
    return left[0] if len(left) == 1 and len(holders) > 1 else None


def _named_in(name: str, phrase: str) -> bool:
    """A word of `name` (no particle, no initial) stands as a word in `phrase`."""
    return any(
        re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", phrase)
        for w in name.split()
        if len(w) > 2 and w not in NAME_PARTICLES
    )
