"""Words inside a relative clause on a document or a named thing are its own ("the memo, which
told plants to “hold trucks until full,” had been …", "the Daily Beast, which ran an article on him
naming him the “…”"), not the sentence's subject's."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.finding.marks import mask_id

__all__ = ["in_a_documents_relative", "in_a_named_things_relative"]

_DOCUMENTS: Final = words_set(
    """memo memorandum letter email e-mail directive order report filing ruling policy bill law
    text message post tweet statement guidance rule"""
)
_SUBJECTS: Final = words_set("he she they we i you it the a an his her their its our my this that")
_CLOSERS: Final = frozenset({".", ";", ":", "\ue001"})


def in_a_documents_relative(toks: list[str], upto: int, named: bool = False) -> bool:
    """The quotation at `upto` stands in a relative clause opened by ", which" right after a
    document's noun ("the memo, which instructed plants in the Southeast to “…”"), with no comma
    or other quotation between and "which" the clause's subject: the words are the document's, whose
    writer the sentence does not give, so no speaker's (round 50); not "the bill, which Smith
    called “…”"."""
    for w in range(upto - 1, max(0, upto - 16), -1):
        t = toks[w]
        if t in _CLOSERS or mask_id(t) is not None:
            return False
        if t == "which":  # "which" the clause's subject: not "which Smith called “…”"
            after = toks[w + 1] if w + 1 < upto else ""
            return (
                w >= 2
                and toks[w - 1] == ","
                and (_a_named_thing(toks, w - 2) if named else toks[w - 2].lower() in _DOCUMENTS)
                and after.isalpha()
                and after.islower()
                and after not in _SUBJECTS
            )
        if t == "," and not (toks[w - 1].isdigit() and toks[w + 1][:1].isdigit()):
            return False  # but "3,000-word" is one number
    return False


def in_a_named_things_relative(toks: list[str], upto: int) -> bool:
    """The quotation at `upto` stands in a relative clause opened by ", which" on a name written
    with "the" and capitals, "which" its subject ("He was profiled in the Daily Beast, which ran
    an article on him naming him the “angry populist enforcer”"): "which" says a thing, not a
    person, so the words are not the sentence's subject's."""
    return in_a_documents_relative(toks, upto, named=True)


def _a_named_thing(toks: list[str], at: int) -> bool:
    """The word at `at` ends a name written with "the" and capitals ("the Daily Beast", "The
    Washington Post") that ", which" then takes up: a thing, not a person, says "which" (round
    53)."""
    w = at
    while w >= 0 and toks[w][:1].isupper() and toks[w].isalpha():
        w -= 1
    return w < at and w >= 0 and toks[w].lower() == "the"
