"""A text's words as `\\w+` finds them, read fast where the text is ASCII but for common marks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

# Marks outside ASCII that are no word characters and common in news text (curly quotes and
# apostrophes, dashes, the ellipsis, the no-break space): put as spaces, they leave the words as
# they were and most texts ASCII.
_NON_WORD_MARKS: Final = ("’", "‘", "“", "”", "—", "–", "…", "\xa0")
# ASCII's word characters (what `\w` matches in it: letters, digits and "_") kept, all others
# made spaces: a table for `bytes.translate`.
_WORD_BYTES: Final = bytes(
    c if chr(c).isascii() and (chr(c).isalnum() or chr(c) == "_") else 32 for c in range(256)
)
# The same table with A-Z made a-z: a text's words translated by it are the words in lower case.
_LOWER_WORD_BYTES: Final = _WORD_BYTES.lower()


@lru_cache(maxsize=4096)  # asked of the same sentence by several of the points' tests
def ascii_words(text: str) -> tuple[bytes, ...] | None:
    """The text's words in order, as ASCII bytes, exactly as `re.findall(r"\\w+", text)` finds
    them, when the text is ASCII but for `_NON_WORD_MARKS`; else None (a search must read it).
    (A table's translation and a split cost a small part of one search for many words.)"""
    spaced = _ascii_spaced(text)
    return None if spaced is None else tuple(spaced.translate(_WORD_BYTES).split())


def _ascii_spaced(text: str) -> bytes | None:
    """The text as ASCII bytes, `_NON_WORD_MARKS` put as spaces; None when other characters
    than ASCII's are left."""
    for mark in _NON_WORD_MARKS:
        if mark in text:
            text = text.replace(mark, " ")
    return text.encode("ascii") if text.isascii() else None


@lru_cache(maxsize=4096)  # asked of the same sentence by the points' tests and the summary's
def ascii_lower_words(text: str) -> frozenset[bytes] | None:
    """The text's `ascii_words` in lower case, each once (what a case-blind search for words
    reads on ASCII, where case is ASCII's alone); None where `ascii_words` gives none. (Lowered
    by the table that finds them: no word is lowered, nor made, one by one.)"""
    spaced = _ascii_spaced(text)
    return None if spaced is None else frozenset(spaced.translate(_LOWER_WORD_BYTES).split())


def words_search(words: Sequence[str]) -> re.Pattern[str]:
    """A case-blind search for any of `words` as a whole word, led by their first letters (the
    search passes over every other place at once)."""
    firsts = "".join(sorted({w[0].lower() for w in words}))
    return re.compile(rf"\b(?=[{firsts}])(?:{'|'.join(words)})\b", re.IGNORECASE)


def lower_word_bytes(words: Sequence[str]) -> frozenset[bytes]:
    """`words` in lower case as `ascii_lower_words` gives a text's: what a case-blind search for
    them finds on ASCII is any of these among the text's words."""
    return frozenset(w.lower().encode() for w in words)
