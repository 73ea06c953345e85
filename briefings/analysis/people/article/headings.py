"""Headings and keyword lines, which hold no one: short, nearly every word capitalised."""

from __future__ import annotations

import re
from typing import Final

_SENTENCE_ENDS: Final = (".", "!", "?", "”", '"')  # what a sentence's last character may be
_WORD: Final = re.compile(r"[^\W\d_][\w’'-]*")


def is_heading(paragraph: str) -> bool:
    """Headings and keyword lines: short, no sentence punctuation, nearly every word capitalised."""
    if paragraph.strip()[-1:] in _SENTENCE_ENDS:  # (no space ends the stripped text)
        return False
    if not _may_be_heading(paragraph):
        return False
    words = _WORD.findall(paragraph)
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.7


def _may_be_heading(paragraph: str) -> bool:
    """False when `is_heading`'s words cannot be seven tenths capitalised, counted cheaply piece
    by piece between spaces (no word holds a space): a piece of ASCII letters and digits is one
    word at most, one that opens with a lower-case letter one in lower case; any other piece
    holds at most one word per two characters (two words have a character between them). Prose
    fails at once; what passes is searched."""
    lower = 0  # words certainly in lower case
    others = 0  # at most this many other words
    for piece in paragraph.split():
        if piece.isalnum() and piece.isascii():
            if "a" <= piece[0] <= "z":
                lower += 1
            else:
                others += 1
        else:
            others += (len(piece) + 1) // 2
    # capitalised / all >= 0.7 needs others / (lower + others) >= 0.7: 3 * others >= 7 * lower
    return 3 * others >= 7 * lower
