"""Tokens of a sentence: words and marks with their places, each text read once."""

from __future__ import annotations

import re
from typing import Final, final

from briefings.analysis.common.memo import Memo
from briefings.analysis.common.names import COURTESY, ROLE_HEADS

_TOKEN: Final = re.compile(
    r"(?:[A-Z]\.)+(?![\w’'])"  # U.S., D.C., the J. of Donald J. Trump
    r"|[^\W\d_][\w]*(?:[’'‐\-][\w]+)*[’']?"  # words, Jong-un, O'Brien, Kim’s, Russians’
    r"|\d[\w,.]*\w|\d"  # numbers
    r"|[^\w\s]"  # punctuation, one mark at a time
)
# `_TOKEN` with possessive repeats where giving characters back never changes a match (what
# follows a word's letters can always match nothing; a shorter run of initials is followed by a
# capital, which the look-ahead refuses): the same tokens, with no places saved to go back to.
_TOKEN_POSSESSIVE: Final = (
    r"(?:[A-Z]\.)++(?![\w’'])"
    r"|[^\W\d_]\w*+(?:[’'‐\-]\w++)*+[’']?+"
    r"|\d[\w,.]*\w|\d"  # a number may give back its last "," or "."
    r"|[^\w\s]"
)
# A token with the spaces (and underscores) before it, which no token takes, or the end: the
# tokens' places follow from the lengths, with no match object made for each.
_SPACED_TOKEN: Final = re.compile(r"([\s_]*+)(" + _TOKEN_POSSESSIVE + r"|\Z)")
_POSSESSIVE: Final = re.compile(r"(?:[’']s|(?<=s)[’'])$")
_POSSESSIVE_ENDS: Final = frozenset("s’'")  # a possessive ending ends in one of them


_HEAD_PREFIXES: Final = ("co-", "vice-", "deputy-", "acting-", "joint-")


# What `tokenize` reads of a token's text, once per distinct text: the text without its
# possessive ending, whether it had one, its lower-case form and its word tests (`Token`'s fields).
_Read = tuple[str, bool, str, bool, bool, bool, bool]


@final
class Token:
    """One word or punctuation mark of a sentence, with its place in the sentence (made by
    `tokenize`, which also fills in the lower-case form and the word tests read again and again).
    A plain class: compiled, its fields are read directly, not looked up as a tuple's."""

    text: str  # the surface form, possessive ending removed ("Kim" for "Kim’s")
    start: int
    end: int  # end of the surface form including any possessive ending
    possessive: bool
    lower: str  # text.lower()
    is_word: bool  # text[:1].isalpha()
    is_cap: bool  # text[:1].isupper()
    is_head: bool  # a title's last word: "minister", "co-chairman" (`_a_head`)
    is_courtesy: bool  # "Mr", "Mrs.", "Ms"

    def __init__(self, start: int, end: int, read: _Read) -> None:
        self.start = start
        self.end = end
        (
            self.text,
            self.possessive,
            self.lower,
            self.is_word,
            self.is_cap,
            self.is_head,
            self.is_courtesy,
        ) = read

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


def _a_head(lower: str) -> bool:
    """Whether a word in lower case ends a title: "minister", "co-chairman", "vice-president"."""
    low = lower.rstrip(".")
    if low.startswith(_HEAD_PREFIXES):  # "co-chairman", "vice-chairman", "deputy-leader"
        if low.replace("-", "", 1) in ROLE_HEADS:  # "co-ordinator", as British style writes
            return True
        low = low.split("-", 1)[1]
    return low in ROLE_HEADS


# Marks that stand alone after a word ("said," "year."), none of them part of a word's token.
_MARKS_AFTER_A_WORD: Final = frozenset(',.;:!?)”"')


def tokenize(sentence: str) -> list[Token]:
    """The tokens of one sentence; "Kim’s" becomes "Kim" marked possessive. No token runs over a
    space, so the text is read in its pieces between spaces: a word alone ("said"), or with one
    mark after it ("said,"), is read without the pattern (most pieces are); any other piece is
    read with it (`_add_tokens`)."""
    tokens: list[Token] = []
    reads = _READS
    end = 0
    for piece in sentence.split():
        start = end  # only spaces stand between the pieces: the piece starts after them
        while sentence[start].isspace():  # (str.isspace is what `split` splits at)
            start += 1
        end = start + len(piece)
        if piece.isalpha():
            tokens.append(Token(start, end, reads[piece]))
        elif _a_word_and_a_mark(piece):
            tokens.append(Token(start, end - 1, reads[piece[:-1]]))
            tokens.append(Token(end - 1, end, reads[piece[-1]]))
        else:
            _add_tokens(piece, start, tokens)
    return tokens


def _a_word_and_a_mark(piece: str) -> bool:
    """A word and one mark that the pattern reads as two tokens ("said,", "Mr."); not a capital
    and a full stop, an initial ("J."), which it reads as one."""
    return (
        piece[-1] in _MARKS_AFTER_A_WORD
        and piece[:-1].isalpha()
        and (len(piece) > 2 or piece[-1] != ".")
    )


def _add_tokens(piece: str, offset: int, tokens: list[Token]) -> None:
    """The tokens of a piece of text found at `offset`, read with the pattern, added to `tokens`."""
    reads = _READS
    for start, end, token in _PIECE_TOKENS[piece]:
        tokens.append(Token(offset + start, offset + end, reads[token]))


def _piece_tokens(piece: str) -> tuple[tuple[int, int, str], ...]:
    """The pattern's tokens of a piece of text: where each starts and ends in it, and its text."""
    spaced: list[tuple[str, str]] = _SPACED_TOKEN.findall(piece)
    found: list[tuple[int, int, str]] = []
    end = 0
    for space, token in spaced:
        if not token:
            break  # the end
        start = end + len(space)
        end = start + len(token)
        found.append((start, end, token))
    return tuple(found)


# Each piece read with the pattern once: more than half the pieces it reads come again ("(AP)",
# "U.S.-led", "“We"), in the sentence or in others.
_PIECE_TOKENS: Final = Memo(_piece_tokens)


def _read(text: str) -> _Read:
    """A token's text (possessive ending removed), whether it had one, and its word tests."""
    last = text[-1]
    possessive = False
    if last in _POSSESSIVE_ENDS:
        possessive = bool(_POSSESSIVE.search(text)) and text[:1].isalpha()
        if possessive:
            text = _POSSESSIVE.sub("", text)
        elif last != "s" and len(text) > 1:
            text = text[:-1]
    first = text[:1]
    lower = text.lower()
    is_courtesy = lower.rstrip(".") in COURTESY
    return text, possessive, lower, first.isalpha(), first.isupper(), _a_head(lower), is_courtesy


# Each token's `_read`, worked out once (words repeat). A plain module name, not Final: tests
# replace it.
_READS = Memo(_read)


def surface(sentence: str, tokens: list[Token]) -> str:
    """The text of a run of tokens exactly as the sentence writes it."""
    return sentence[tokens[0].start : tokens[-1].end]
