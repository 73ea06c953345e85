"""A name opening a "that" clause on a noun ("the possibility that Mrs. Clinton, if elected,
might nominate …") or closing a cleft ("It was with that grit that Mrs. Clinton …"): the subject
of that clause, whom a "she" after it may mean."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.clauses.words import AUX, verb_like

__all__ = ["noun_clause_subject"]

# nouns a "that" clause completes, telling what may happen or is thought: not "the fact that"
# nor "the claim that", which report what someone else says of the name
_NOUNS: Final = words_set(
    """possibility prospect chance chances likelihood hope hopes fear fears risk danger idea
    notion expectation expectations"""
)
_CLEFT_VERBS: Final = words_set("was is")
_CLEFT_REACH: Final = 10  # tokens from "It was" to the "that" of the cleft


def _cleft(toks: list[str], that: int) -> bool:
    """The "that" at `that` closes the fronted part of a sentence opening "It was …" ("It was with
    that same grit that Mrs. Clinton picked herself up"): the name after it is the sentence's
    subject; none of the words between is a verb or a comma."""
    return (
        2 < that <= _CLEFT_REACH
        and toks[0] == "It"
        and toks[1] in _CLEFT_VERBS
        and all(t != "," and not verb_like(t) for t in toks[2:that])
    )


_CONDITIONS: Final = words_set("if once when unless")
_ASIDE_REACH: Final = 5  # tokens of ", if elected," between the name and its verb


def noun_clause_subject(toks: list[str], i: int, j: int) -> bool:
    """The name from `i` to `j` follows "that" on a noun of what may happen and comes before its
    verb, past a short condition between commas ("that Mrs. Clinton, if elected, might")."""
    if i < 2 or toks[i - 1] != "that":
        return False
    if toks[i - 2].lower() not in _NOUNS and not _cleft(toks, i - 1):
        return False
    k = j
    if k + 1 < len(toks) and toks[k] == "," and toks[k + 1].lower() in _CONDITIONS:
        close = next(
            (x for x in range(k + 2, min(len(toks), k + 2 + _ASIDE_REACH)) if toks[x] == ","),
            None,
        )
        if close is None:
            return False
        k = close + 1
    return k < len(toks) and (toks[k].lower() in AUX or verb_like(toks[k]))
