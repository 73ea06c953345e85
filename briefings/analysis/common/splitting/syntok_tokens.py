"""syntok's tokens of a text as `segmenter.analyze` makes them, its tokenizer's steps compiled.

The steps follow syntok's `Tokenizer.tokenize` (syntok 1.4, MIT licence, Florian Leitner) and use
its own patterns, so that mypyc compiles the loop syntok runs interpreted; syntok is pinned below
1.5 for this, and tests/analysis/common/splitting/test_syntok_tokens.py checks the tokens
against syntok's."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

from syntok import segmenter
from syntok.tokenizer import Token, Tokenizer

# syntok's own patterns and sets (the `regex` module's): the same matches, read by compiled code.
_SPACES: Final[Any] = Tokenizer._spaces
_SEPARATION: Final[Any] = Tokenizer._separation
_APOSTROPHE_T: Final[Any] = Tokenizer._apostrophe_t
_HYPHENS_AND_UNDERSCORE: Final[frozenset[str]] = Tokenizer._hyphens_and_underscore


def analyze(text: str) -> Iterator[Iterator[list[Token]]]:
    """What `segmenter.analyze(text)` gives: each paragraph's sentences as lists of syntok's
    tokens. Its tokenizer (`Tokenizer(replace_not_contraction=False).tokenize`, interpreted: more
    than half of syntok's time) is `tokens` here, line for line; its segmenter reads them as it
    reads the tokenizer's (tests/analysis/test_syntok_tokens.py compares both)."""
    for offset, paragraph in segmenter.preprocess_with_offsets(text):
        yield segmenter.segment(iter(tokens(paragraph, offset)))


def tokens(text: str, base_offset: int = 0) -> list[Token]:
    """`Tokenizer(replace_not_contraction=False).tokenize(text, base_offset)`, as a list."""
    out: list[Token] = []
    if base_offset > 0:
        text = " " * base_offset + text
    offset = base_offset
    for mo in _SPACES.finditer(text):
        mo_start: int = mo.start()
        mo_end: int = mo.end()
        start = _find_start(mo_start, mo_end, text)
        if start == mo_end:
            out.append(Token(text[offset:mo_start], mo.group(0), mo_start))
        else:
            end = _find_end(start, mo_end, text)
            if start > mo_start:  # `_split_nonword_prefix`
                for i, c in enumerate(text[mo_start:start]):
                    if i == 0:
                        out.append(Token(text[offset:mo_start], c, mo_start))
                        offset = start
                    else:
                        out.append(Token("", c, mo_start + i))
            if start != end:
                _split_word(text[offset:start], text[start:end], start, out)
            tail = text[end:mo_end]
            if tail.startswith("..."):
                out.append(Token("", "...", end))
                end += 3
                tail = tail[3:]
            for idx, c in enumerate(tail):
                out.append(Token("", c, idx + end))
        offset = mo_end
    if offset < len(text):
        out.append(Token(text[offset:], "", len(text)))
    return out


def _find_start(start: int, end: int, text: str) -> int:
    """Where the first letter or digit of text[start:end] is, or `end`."""
    for c in range(start, end):
        if text[c].isalnum():
            break
        start += 1
    return start


def _find_end(start: int, end: int, text: str) -> int:
    """Where the last letter or digit of text[start:end] ends, or `start`."""
    for c in range(end - 1, start - 1, -1):
        if text[c].isalnum():
            break
        end -= 1
    return end


def _split_word(prefix: str, word: str, offset: int, out: list[Token]) -> None:
    """The tokens of a run of letters and digits split where `_SEPARATION` matches."""
    if _unseparated(word):
        out.append(Token(prefix, word, offset))  # (what the loop below makes of no match)
        return
    remainder = 0
    for mo in _SEPARATION.finditer(word):
        prefix = _separator_split(remainder, word, mo, prefix, offset, out)
        remainder = mo.end()
    if remainder == 0:
        out.append(Token(prefix, word, offset))
    elif remainder < len(word):
        out.append(Token(prefix, word[remainder:], offset + remainder))


def _unseparated(word: str) -> bool:
    """Whether `_SEPARATION` finds nothing in the word, known without the search (most words):
    ASCII letters and digits only (no apostrophe, bracket, point, comma, semicolon, underscore or
    hyphen), and no lower-case letter right before a capital (none after the first letter, or
    none in lower case at all)."""
    if not (word.isascii() and word.isalnum()):
        return False
    rest = word[1:]
    return rest == rest.lower() or word == word.upper()


def _separator_split(
    remainder: int, word: str, mo: Any, prefix: str, offset: int, out: list[Token]
) -> str:
    """`_produce_separator_split_token`: the tokens before a separator and the separator's (a
    hyphen or an underscore none), and the spacing the next token takes."""
    mo_start: int = mo.start()
    separator: str = mo.group(0)
    if mo_start > remainder:
        if _APOSTROPHE_T.fullmatch(separator) and word[mo_start - 1] == "n":
            if remainder < mo_start - 1:
                out.append(Token(prefix, word[remainder : mo_start - 1], offset + remainder))
                prefix = ""
            out.append(Token(prefix, "n" + separator, offset + mo_start - 1))
            return ""
        out.append(Token(prefix, word[remainder:mo_start], offset + remainder))
        prefix = ""
    if separator and separator not in _HYPHENS_AND_UNDERSCORE:
        out.append(Token(prefix, separator, offset + mo_start))
        return ""
    return prefix + separator
