"""A sentence opened by "As X spoke," tells when, not who: the main clause's words are not X's;
one opened by "As The Western Journal reported," tells where it was read, not whose words the
main clause quotes."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.tokens import is_cap

__all__ = ["as_reported_end", "while_speaking_end"]

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


_REPORTING: Final = frozenset({"reported", "reports"})


def as_reported_end(toks: list[str], upto: int) -> int:
    """Where an opening "As <outlet or body> reported," ends at its comma, when the main clause
    after it has words of its own before the quotation at `upto` ("As The Western Journal reported
    last week, the case’s indictment charges that Pryce and others “…”"): the outlet tells where
    the main clause was read, and its words are its own subject's, not the outlet's; 0 otherwise
    ("As Politico reported, “…”" and "As Politico reported, …:" before a block quote quote the
    outlet, "As Pryce reported," a person)."""
    if not toks or toks[0].lower() != "as":
        return 0
    comma = next((i for i in range(1, min(upto, _LONGEST + 2)) if toks[i] == ","), None)
    if comma is None or any(mask_id(t) is not None for t in toks[:comma]):
        return 0
    if sum(1 for t in toks[comma + 1 : upto] if t[:1].isalpha()) < 2 or ":" in toks[comma:upto]:
        return 0  # "As Breitbart News reported, … was refusing to call it terrorism:" and its
        # block quote: the outlet's own report
    start = 2 if toks[1].lower() == "the" else 1
    end = start
    while end < comma and is_cap(toks[end]):
        end += 1
    if end == start or end >= comma or toks[end] not in _REPORTING:
        return 0
    words = toks[start:end]
    kind = kind_by_lists(" ".join(words), [w.lower() for w in words])
    return comma if kind == "organisation" else 0
