"""A name opening a "that" clause on a noun ("the possibility that Mrs. Clinton, if elected,
might nominate …"): the subject of that clause, whom a "she said" after it may mean."""

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
_CONDITIONS: Final = words_set("if once when unless")
_ASIDE_REACH: Final = 5  # tokens of ", if elected," between the name and its verb


def noun_clause_subject(toks: list[str], i: int, j: int) -> bool:
    """The name from `i` to `j` follows "that" on a noun of what may happen and comes before its
    verb, past a short condition between commas ("that Mrs. Clinton, if elected, might")."""
    if i < 2 or toks[i - 1] != "that" or toks[i - 2].lower() not in _NOUNS:
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
