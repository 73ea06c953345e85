"""A bare question put to "you" after two people's turns in a row: the first one's, asking back."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.quotes.finding.paragraph import Found
from briefings.analysis.quotes.resolution.exchanges.turns import alone, one_speakers, question

__all__ = ["asked_back"]

_YOU: Final = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
_QUOTED: Final = re.compile(r"“[^”]*”?")
_FRAME_WORDS: Final = 3  # "Ortiz said.", "said Pete Wozniak.": a turn's frame, nothing more


def _a_turn(par: str) -> bool:
    """The paragraph is one turn of an exchange: its quotations and a frame of a few words."""
    return len(_QUOTED.sub(" ", par).split()) <= _FRAME_WORDS


def asked_back(
    found: Sequence[Found],
    resolved: Sequence[tuple[str | None, str | None] | None],
    n: int,
    paragraphs: Sequence[str],
) -> int | None:
    """The quotation of the paragraph two back when the bare paragraph `n`, a question alone that
    puts "you" to someone, follows two paragraphs that are each one turn of two people, neither a
    question ("“Two weeks ago,” Ortiz said. / “Then your email didn't reach me,” Wozniak said. /
    “Did you check your spam folder?”": Ortiz asks Wozniak, not Wozniak himself); None otherwise."""
    f = found[n]
    if f.attributed or f.para < 2 or not alone(f, paragraphs) or not question(f):
        return None
    if not _YOU.search(f.span.text) or any(
        m != n and g.para == f.para for m, g in enumerate(found)
    ):
        return None
    last = one_speakers(found, resolved, f.para - 1)
    first = one_speakers(found, resolved, f.para - 2)
    if last is None or first is None or question(found[last]) or question(found[first]):
        return None
    if (resolved[last] or (None,))[0] == (resolved[first] or (None,))[0]:
        return None
    if not (_a_turn(paragraphs[f.para - 1]) and _a_turn(paragraphs[f.para - 2])):
        return None
    return first
