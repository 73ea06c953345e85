"""Where a clause of contrast opens mid-sentence with a subject of its own ("…, while X, Y, said")."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.speech.tokens import tokens

__all__ = ["contrast_clause_start"]

_CONTRASTS: Final = words_set("while whereas whilst")


def contrast_clause_start(toks: list[str], cue: int, subject: str) -> int:
    """Where the clause of contrast whose verb is the speech verb at `cue` starts, after ",
    while" ("Peskov dismissed the reports as “…”, while Russia's ambassador to the UN, Vasily
    Nebenzia, said …": Nebenzia's clause), when the sentence's `subject` has a verb of its own
    before the comma (not "Peskov, while the talks went on, said", an aside inside his clause);
    0 when no such clause opens before `cue`."""
    before = len(tokens(subject))  # the comma before "while" comes after a word of his verb's
    for m in range(cue - 2, before + 1, -1):
        if toks[m - 1] == "," and toks[m].lower() in _CONTRASTS:
            return m + 1
    return 0
