"""A quoted title inside the clause that frames another quotation ("“…,” Carl Brandt, wearing a
“Kasich 2016” button, said"; "As Linda Carrow, author of “The River Parishes,” put it, “…”"): the
frame read again with the title as a plain word."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from briefings.analysis.quotes.clauses.frames.after import final_frame, own_frames
from briefings.analysis.quotes.clauses.frames.before import pre_frame
from briefings.analysis.quotes.clauses.frames.credited.put_it import as_put_it
from briefings.analysis.quotes.finding.marks import Span, mask_id, placeholder

__all__ = ["frame_past_titles"]

_LONGEST_TITLE: Final = 6  # words
_WORD: Final = "work"  # what a title stands as: a lower-case noun no frame reads as a speaker


def frame_past_titles(
    sentence: str, k: int, spans: list[Span], is_title: Callable[[str], bool]
) -> str | None:
    """The speaker phrase of quotation `k`'s frame in the masked `sentence` once every other
    quotation of the sentence that is a closed title of six words or fewer ("“Ted Cruz”", "“The
    River Parishes,”", a number among its words too: "“Kasich 2016”") is read as a plain word;
    None when no such title stands in it or the frame still names no one. `is_title` is
    `paragraph.is_title` (passed in: paragraph imports this module)."""
    plain = sentence
    for other, span in enumerate(spans):
        if other == k or not span.closed or len(span.text.split()) > _LONGEST_TITLE:
            continue
        mark = placeholder(other)
        words = [w for w in span.text.rstrip(",.").split() if not w.isdigit()]  # "Kasich 2016"
        if mark in plain and is_title(" ".join(words)):
            plain = plain.replace(mark, _WORD)
    if plain == sentence:
        return None
    toks, own = own_frames(plain)
    idx = next((i for i, t in enumerate(toks) if mask_id(t) == k), None)
    if idx is None:
        return None
    phrase = own.get(k) or pre_frame(toks, idx, own)
    if phrase is None:
        final = final_frame(toks)
        if final and final[1] > idx:
            phrase = final[0]
    if phrase is None and "it" in toks:
        phrase = as_put_it(toks, idx)
    return phrase or None
