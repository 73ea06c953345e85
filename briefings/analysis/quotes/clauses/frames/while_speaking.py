"""A sentence opened by "As X spoke," tells when, not who: the main clause's words are not X's."""

from __future__ import annotations

from typing import Final

from briefings.analysis.quotes.finding.marks import mask_id

__all__ = ["while_speaking_end"]

_SPEAKING: Final = frozenset(
    {"spoke", "speaks", "speaking", "talked", "talks", "talking", "testified", "testifies"}
)
_LONGEST: Final = 10  # words of the opening clause


def while_speaking_end(toks: list[str], upto: int) -> int:
    """Where an opening "As X spoke," ("As Blumenthal spoke, the NRA was whipping lawmakers
    against “…”", "As the senator was speaking, protesters chanted “…”") ends at its comma, when
    the quotation at `upto` comes after it and the clause's verb, right before the comma, has no
    object ("As Obama put it," is an attribution, not this); 0 when there is none."""
    if not toks or toks[0].lower() != "as":
        return 0
    comma = next((i for i in range(1, min(upto, _LONGEST + 2)) if toks[i] == ","), None)
    if comma is None or comma < 3 or any(mask_id(t) is not None for t in toks[:comma]):
        return 0
    return comma if toks[comma - 1].lower() in _SPEAKING else 0
