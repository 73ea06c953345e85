"""A quotation given "in the words of" someone: theirs, named or not ("in the words of one aide")."""

from __future__ import annotations

from typing import Final

from briefings.analysis.quotes.finding.marks import mask_id

__all__ = ["in_the_words_of"]

_OPENING: Final = ("in", "the", "words", "of")
_LONGEST: Final = 12  # words of the phrase naming whose words they are


def in_the_words_of(toks: list[str], idx: int) -> str | None:
    """The speaker phrase of an "in the words of" before the quotation at `idx` in its clause
    ("He was, in the words of a second person who was present, “…”": "a second person"; "In the
    words of Sen. John Kerry, the plan was “…”": "Sen. John Kerry"), not the sentence's subject,
    whom the words are about; None when there is none, or another quotation comes between."""
    for i in range(idx - len(_OPENING), -1, -1):
        if mask_id(toks[i]) is not None:
            return None
        if tuple(t.lower() for t in toks[i : i + len(_OPENING)]) != _OPENING:
            continue
        start = i + len(_OPENING)
        end = start
        while (
            end < idx
            and end - start < _LONGEST
            and toks[end] not in {",", "who", "that", "which"}
            and mask_id(toks[end]) is None
        ):
            end += 1
        # "in the words of its author, Jane Doe,": the name apposed
        if end + 2 < idx and toks[end] == "," and toks[end + 1][:1].isupper():
            close = end + 1
            while close < idx and toks[close] not in {",", "who"} and mask_id(toks[close]) is None:
                close += 1
            if close < idx and toks[close] == ",":
                return " ".join(toks[end + 1 : close])
        return " ".join(toks[start:end]) or None
    return None
