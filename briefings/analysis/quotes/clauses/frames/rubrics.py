"""A newsletter's rubric in capitals before a quotation ("QUOTE OF THE DAY: “…” — Rep. Nancy
Ferrante"): a heading, not a speaker, so a signature after the quotation may name who said it."""

from __future__ import annotations

__all__ = ["a_rubric"]


def a_rubric(toks: list[str]) -> bool:
    """`toks`, the words before a quotation in its sentence, are only a heading in capitals and a
    colon ("QUOTE OF THE DAY :", "HEARD IN THE HALLS :"); not a frame ("Pell said :") nor a name ("TRUMP :",
    a transcript's speaker, one word)."""
    if toks and toks[-1] == "\ue000":  # the quotation's opening mask
        toks = toks[:-1]
    words = toks[:-1]
    return len(toks) > 2 and toks[-1] == ":" and all(w.isalpha() and w.isupper() for w in words)
