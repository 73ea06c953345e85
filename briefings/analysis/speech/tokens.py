"""Words of reporter text: tokens, capitalised words, possessives."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.memo import Memo
from briefings.analysis.common.names import words_set

NON_NAMES: Final = words_set(
    """the a an this that these those it its they we i you he she his her their our my in on at
    but and or so if as when while after before for of to with by from but however meanwhile
    because although though instead unless until since thus also then yet once whether now
    said says here there today tonight yesterday hours despite like unlike still among even both
    some what why no many most other others against without under does is are had your another
    two three several rival given
    two three four five six seven eight nine ten twenty thirty forty fifty hundred
    asked monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december"""
)


# (Possessive repeats: nothing after a word's characters could take back one of them, and what is
# no word is one character: the same tokens as "[\w’'\-]+(?:[.&][\w’'\-]+)*|[,;:—–().]|\S", found
# with no backtracking to keep.)
_TOKEN: Final = re.compile(r"[\w’'\-]++(?:[.&][\w’'\-]++)*+|\S")  # "M&S", "AT&T"


_POSSESSIVE_END: Final = re.compile(r"(’s|'s|’|')$")


ABBREVIATIONS: Final = words_set(
    "mr mrs ms dr sen rep gov gen lt col sgt capt st jr sr rev u.s adm maj cmdr brig supt atty ald"
)


# "J", "J.M", "A.F.L.-C.I.O": the full stop is theirs
_INITIALS: Final = re.compile(r"\w|(?:[A-Z]\.)+(?:-(?:[A-Z]\.)+)?[A-Z]")


_PRONOUN_IS: Final = frozenset({"he’s", "she’s"})


def tokens(text: str) -> list[str]:
    """Words and punctuation of reporter text; "Mr." and initials keep their full stop."""
    if ("’" in text or "'" in text) and _has_he_is(text.lower()):
        return _tokens_one_by_one(text)  # "He’s predicting": read token by token below
    out = _spaced_tokens(text)
    if "." not in out:
        return out
    # from the end, so that deleting a full stop moves none still to read; a word that keeps its
    # full stop ("Mr.") takes no second one, as reading from the start would find too
    for i in reversed([i for i, tok in enumerate(out) if tok == "."]):
        if i and (out[i - 1].lower() in ABBREVIATIONS or _INITIALS.fullmatch(out[i - 1])):
            out[i - 1] += "."
            del out[i]
    return out


# Marks that stand alone after a word ("said," "year."): `_TOKEN` reads a word of letters or
# digits with one of these after it as two tokens.
_MARKS_AFTER_A_WORD: Final = frozenset(',.;:!?)”"')


def _spaced_tokens(text: str) -> list[str]:
    """`_TOKEN.findall(text)`, read in the pieces between spaces (no token holds a space): a word
    of letters or digits alone ("said", most pieces) is one token, and one with a mark after it
    ("said,") two, with no search; any other piece is read with the pattern."""
    out: list[str] = []
    for piece in text.split():
        if piece.isalnum():
            out.append(piece)
        elif piece[-1] in _MARKS_AFTER_A_WORD and piece[:-1].isalnum():
            out.append(piece[:-1])
            out.append(piece[-1])
        else:
            out += _PIECE_TOKENS[piece]
    return out


def _piece_tokens(piece: str) -> tuple[str, ...]:
    """`_TOKEN.findall(piece)` as a tuple (kept by `_PIECE_TOKENS`)."""
    return tuple(_TOKEN.findall(piece))


# Each piece read with the pattern once: most pieces it reads come again (a masked quotation and
# its comma, "(AP)", "U.S.-led"), in the article or in others.
_PIECE_TOKENS: Final = Memo(_piece_tokens)


def _has_he_is(low: str) -> bool:
    """Whether the lower-case text may hold "he’s" or "she’s" (asked only of a text with an
    apostrophe: lower case makes none)."""
    return "he’s" in low or "he's" in low


def _tokens_one_by_one(text: str) -> list[str]:
    """`tokens` for a text that may hold "he’s" or "she’s", split into "he" and "is"."""
    out: list[str] = []
    for tok in _TOKEN.findall(text):
        if (
            tok == "."
            and out
            and (out[-1].lower() in ABBREVIATIONS or _INITIALS.fullmatch(out[-1]))
        ):
            out[-1] += "."
        elif (
            len(tok) in (4, 5) and tok.lower().replace("'", "’") in _PRONOUN_IS
        ):  # "He’s predicting": "He" "is"
            out.extend((tok[:-2], "is"))
        else:
            out.append(tok)
    return out


def bare_word(tok: str) -> str:
    return _POSSESSIVE_END.sub("", tok).strip(".").lower()


def without_possessive(tok: str) -> str:
    """The word with its possessive ending dropped: "Biden" of "Biden’s", "Jones" of "Jones’"."""
    return _POSSESSIVE_END.sub("", tok)


def is_cap(tok: str) -> bool:
    """A capitalised word that may be part of a name (asked of every word of every paragraph)."""
    return _CAPS[tok]


def _is_cap(tok: str) -> bool:
    return bool(tok) and tok[0].isupper() and tok.lower() not in NON_NAMES


_CAPS: Final = Memo(_is_cap)


def is_possessive(tok: str) -> bool:
    return tok.endswith(("’s", "'s", "s’", "s'"))


def name_run_start(toks: list[str], end: int) -> int:
    """Where the run of capitalised words just before `end` starts, none of them possessive
    ("said [Sen. Joe Manchin] of"; `end` itself when the word before is not such a word)."""
    start = end
    while start > 0 and is_cap(toks[start - 1]) and not is_possessive(toks[start - 1]):
        start -= 1
    return start
