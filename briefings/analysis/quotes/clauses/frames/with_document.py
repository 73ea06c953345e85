"""A document after "with" that does what a participle says: "…, with one of her ads asking, “…”"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.speech.words import DOCUMENTS

__all__ = ["with_a_document"]

# the words that may stand between "with" and the document's noun: "one of her ads", "a new ad"
_BEFORE_THE_NOUN: Final = words_set("a an one of her his its their the new another two several")


def with_a_document(toks: list[str], cue: int) -> bool:
    """The participle at `cue` has for subject a document written after "with" ("…, with one of
    her ads asking, “…”", "…, with a statement saying"): the document's words, no one named's
    (round 59: not "Bradley", the object of the sentence's verb)."""
    if cue < 2 or toks[cue - 1].lower() not in DOCUMENTS:
        return False
    j = cue - 2
    while j >= 0 and cue - j <= 6 and toks[j].lower() in _BEFORE_THE_NOUN:
        j -= 1
    return j >= 0 and toks[j].lower() == "with"
