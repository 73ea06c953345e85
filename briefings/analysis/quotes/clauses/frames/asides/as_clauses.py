"""A reporting clause opened by "as" after a quotation: "“…,” as Cruz said on Monday"."""

from __future__ import annotations

from collections.abc import Callable

from briefings.analysis.speech.cues import CUES

__all__ = ["as_clause"]


def as_clause(after: list[str], clause_frame: Callable[[list[str]], str | None]) -> str | None:
    """The speaker of an "as" clause right after a quotation closed by a comma ("“…,” as Cruz
    said on a radio show", "“…,” as the senator put it"), read by `clause_frame` as the clause
    without its "as"; None when the quotation is not followed so, or the clause is a passive one
    ("as said by …") or has no subject."""
    toks = list(after)
    while toks and toks[0] == "\ue001":
        toks = toks[1:]
    if len(toks) < 4 or toks[0] != "," or toks[1].lower() != "as":
        return None
    rest = toks[2:]
    if rest[0].lower() in CUES:  # "as said by …", "as reported by …": no subject here
        return None
    end = next((n for n, t in enumerate(rest) if t in {",", ".", ";", ":", "\ue000"}), len(rest))
    return clause_frame([*rest[:end], "."])  # the "as" clause alone: not "“…,” as his father
    # dreamed, Mr. Turry said"
