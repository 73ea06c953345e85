"""A quotation standing alone and the next sentence crediting it: "“…” That quote from Alabama
Securities Commissioner Thomas Krebs appeared on the front page …" is Krebs's."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.speech.tokens import is_cap, tokens

__all__ = ["credited_after"]

_POINTING: Final = words_set("that this the")
_SAYING_NOUNS: Final = words_set("quote line remark comment quip phrase words")
_SOURCE: Final = words_set("from by")


def credited_after(next_sentence: str) -> str | None:
    """The speaker phrase a sentence opening "That quote from …", "The line came from …" gives the
    quotation before it: the capitalised words after "from" or "by" ("Alabama Securities
    Commissioner Thomas Krebs"); None when it opens otherwise or names no one there."""
    toks = tokens(next_sentence)
    if len(toks) < 4 or toks[0].lower() not in _POINTING or toks[1].lower() not in _SAYING_NOUNS:
        return None
    at = 2 + (toks[2].lower() in {"came", "comes"})
    if at >= len(toks) or toks[at].lower() not in _SOURCE:
        return None
    name = []
    for t in toks[at + 1 :]:
        if not is_cap(t):
            break
        name.append(t)
    return " ".join(name) if len(name) >= 2 else None
