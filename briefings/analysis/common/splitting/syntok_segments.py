"""syntok's sentences of a list of its tokens, its segmenter's state machine compiled.

The states follow syntok's `_segmentation_states` (syntok 1.4, MIT licence, Florian Leitner) rule
for rule, and use its own word lists, so that mypyc compiles the machine syntok runs interpreted
(two thirds of syntok's time once its tokenizer is compiled). syntok reads its tokens from a
stream into a queue and moves them into the sentence it builds (its history); here all tokens are
in one list, and the queue and the history are ranges of it: the history runs from `start` to
`at`, the queue from `at` on (syntok keeps its queue filled while tokens are left, so "the queue
is empty" is "no token is left"). tests/analysis/common/splitting/test_syntok_segments.py
compares the sentences with syntok's."""

from __future__ import annotations

from typing import Final

from syntok import segmenter
from syntok._segmentation_states import State
from syntok.tokenizer import Token

from briefings.analysis.common.splitting.short_titles import SHORT_TITLES
from briefings.analysis.common.splitting.syntok_tokens import tokens

Span = tuple[int, int]

_TERMINALS: Final = frozenset(State.terminals)
_OPENING: Final = frozenset(State.opening_brackets)
_CLOSING: Final = frozenset(State.closing_brackets)
_CLOSING_QUOTES: Final = frozenset(State.closing_quotes)
_INNER_PUNCTUATION: Final = frozenset(State.inner_sentence_punctuation)
_ROMAN_NUMERALS: Final = frozenset(State.roman_numerals)
_MONTHS: Final = frozenset(State.months)
_ABBREVIATIONS: Final = frozenset(State.abbreviations) | SHORT_TITLES
_STARTERS: Final = frozenset(State.starters)
_VOWELS: Final = frozenset(State.vowels)
_NO: Final = frozenset(("no", "No", "NO"))
_BRACKET_SKIPPING: Final = State.max_bracket_skipping_length  # 70 characters
_BRACKET_TOKENS: Final = 50  # how far syntok looks for a bracket's end

# The states (syntok's classes of the same names).
_BEGIN: Final = 0
_FIRST: Final = 1  # FirstToken
_INNER: Final = 2  # InnerToken
_TERMINAL: Final = 3
_END: Final = 4


def text_spans(text: str) -> list[Span]:
    """Where each sentence `segmenter.analyze(text)` finds starts and ends (its first token's
    offset, its last token's offset plus its length), paragraph after paragraph."""
    spans: list[Span] = []
    for offset, paragraph in segmenter.preprocess_with_offsets(text):
        spans += sentence_spans(tokens(paragraph, offset))
    return spans


def sentence_spans(found: list[Token]) -> list[Span]:
    """Where each sentence `segmenter.segment` makes of the tokens starts and ends: its first
    token's offset, its last token's offset plus its length."""
    return _Segmenter(found).spans()


class _Segmenter:
    """syntok's segmenter over one paragraph's tokens."""

    def __init__(self, found: list[Token]) -> None:
        self.values = [t.value for t in found]
        self.spaced = [bool(t.spacing) for t in found]
        self.offsets = [t.offset for t in found]
        self.n = len(found)
        self.at = 0  # the queue's first token
        self.start = 0  # the history's first token

    def spans(self) -> list[Span]:
        """The sentences' spans, as `segment` yields them (each state at a sentence collects
        the history; one of a single empty token is dropped)."""
        out: list[Span] = []
        state = _BEGIN
        while True:
            if state in (_TERMINAL, _END) and self.at > self.start:
                first, last = self.start, self.at - 1
                self.start = self.at
                if last > first or self.values[first]:
                    out.append((self.offsets[first], self.offsets[last] + len(self.values[last])))
            if state == _END:
                return out
            state = self._next(state)

    def _next(self, state: int) -> int:
        """The state after `state` (each class's `__next__`)."""
        if state == _FIRST:
            return self._first_token()
        if state == _INNER:
            return self._inner_token()
        return _FIRST if self.at < self.n else _END  # Begin, Terminal

    def _first_token(self) -> int:
        """FirstToken: a sentence opened by a bracket is a sentence of its own."""
        if (
            self._next_is_opening()
            and self._skip_bracketed_text()
            and self.at - self.start > 3
            and not self._next_is_lowercase()
        ):
            return _TERMINAL
        if self.at >= self.n:
            return _END
        self.at += 1  # do not skip brackets that open the sentence
        if self._next_is_a_terminal():
            return self._move_and_maybe_extract_terminal(True)
        return _INNER

    def _inner_token(self) -> int:
        """InnerToken."""
        if self.at >= self.n:
            return _END
        self._move_and_skip_bracketed_text()
        if self._next_is_a_terminal() or self._next_is_opening():
            return self._move_and_maybe_extract_terminal(False)
        return _INNER

    # -- what the next token is (each False when no token is left)

    def _value(self) -> str:
        """The next token's value, or "" when none is left."""
        return self.values[self.at] if self.at < self.n else ""

    def _next_is_a_terminal(self) -> bool:
        value = self._value()
        return value in _TERMINALS or value == "("

    def _next_is_opening(self) -> bool:
        return self._value() in _OPENING

    def _next_is_post_terminal(self) -> bool:
        value = self._value()
        return value in _TERMINALS or value in _CLOSING

    def _next_is_lowercase(self) -> bool:
        return self._value()[:1].islower()

    def _next_has_no_spacing(self) -> bool:
        return self.at < self.n and not self.spaced[self.at]

    def _next_is_numeric(self) -> bool:
        return self.at < self.n and self.values[self.at].isnumeric()

    def _last(self) -> str:
        """The last token of the history, or ""."""
        return self.values[self.at - 1] if self.at > self.start else ""

    # -- moving

    def _move(self) -> bool:
        """Move the next token into the history; whether a token is left."""
        self.at += 1
        return self.at < self.n

    def _move_and_skip_bracketed_text(self) -> None:
        if self._move() and self._next_is_opening():
            self._skip_bracketed_text()

    def _skip_bracketed_text(self) -> bool:
        """Move over the bracket the next token opens when it is short or holds no sentence."""
        closing, inner_sentence = self._find_end_of_bracketed_text()
        if closing > 0:
            end = self.at + closing
            length = self.offsets[end] + len(self.values[end]) - self.offsets[self.at]
            if length < _BRACKET_SKIPPING or not inner_sentence:
                self.at = end + 1
                return True
        return False

    def _find_end_of_bracketed_text(self) -> tuple[int, bool]:
        """Where (from the next token) the bracket it opens closes, or 0; and whether the
        bracket seems to hold a sentence (a title-case word first, a terminal after a word)."""
        depth, index = 1, 1
        first_is_title = -1  # not known yet
        last_is_terminal = False
        while self.at + index < self.n and index < _BRACKET_TOKENS:
            value = self.values[self.at + index]
            if first_is_title < 0 and value.isalnum():
                first_is_title = 1 if value.istitle() else 0
            elif first_is_title == 1 and value.isalnum():
                after = self.at + index + 1
                last_is_terminal = after < self.n and self.values[after] in _TERMINALS
            if value in _OPENING:
                depth += 1
            elif value in _CLOSING:
                depth -= 1
                if depth == 0:
                    break
            index += 1
        return (index if depth == 0 else 0), first_is_title == 1 and last_is_terminal

    def _token_after_brackets(self) -> str:
        """The token after the bracket the next token opens, when it holds no sentence."""
        closing, inner_sentence = self._find_end_of_bracketed_text()
        after = self.at + closing + 1
        if closing > 0 and not inner_sentence and after < self.n:
            return self.values[after]
        return ""

    def _token_after_next(self) -> str:
        return self.values[self.at + 1] if self.at + 1 < self.n else ""

    def _token_after_terminal(self) -> str:
        """Move past the terminal's marks, closing brackets and quote; the token that matters
        after it."""
        token: str | None = None
        if self._next_is_opening() and self._last() not in _TERMINALS:
            self._skip_bracketed_text()
        else:
            while self._next_is_post_terminal():
                if not self._move():
                    break
                if token is None:
                    token = self._last()
            if (
                self._value() in _CLOSING_QUOTES
                and self._next_has_no_spacing()
                and self._move()
                and token is None
            ):
                token = self._last()
            while self._next_is_post_terminal():
                if not self._move():
                    break
                if token is None:
                    token = self._last()
            if self._next_is_opening():
                token = self.values[self.at]  # not moved: it may open the next sentence
        if token is None and self.at < self.n:
            token = self.values[self.at]
        return "" if token is None else token

    def _move_and_maybe_extract_terminal(self, first: bool) -> int:
        """After a terminal or before an opening bracket: whether the sentence ends here
        (_TERMINAL) or goes on in this state."""
        same = _FIRST if first else _INNER
        before = self._last()
        if not self._next_is_opening():
            self._move()
        after = self._token_after_terminal()
        value = self._value()
        if value[:1].islower() or value in _INNER_PUNCTUATION:
            return same
        if not (first and _single_letter_or_roman(before)) and value in _STARTERS:
            return _TERMINAL
        if before in _ABBREVIATIONS and after not in _CLOSING:
            return same
        if before in _NO and _alphanumeric_with_a_digit(value):
            return same
        if self._next_is_numeric() and self._next_has_no_spacing():
            return same
        if self._next_has_no_spacing() and (
            not after.istitle() or not after.isalpha() or len(after) == 1
        ):
            return same
        if value.isnumeric() and len(value) > 2:
            return same
        if before.isnumeric() and value in _MONTHS:
            return same
        if before in _MONTHS and self._next_is_numeric():
            return same
        if "." in before and after != ".":
            return same
        if (first or before.isupper()) and _single_letter_or_roman(before):
            return same
        if len(before) == 1 and before.isalpha() and before not in _VOWELS:
            return same
        if after in _OPENING:
            after_brackets = self._token_after_brackets()
            if after_brackets in _INNER_PUNCTUATION:
                return same
            if self._token_after_next().istitle():
                return _TERMINAL
            return same if after_brackets[:1].islower() else _TERMINAL
        return _TERMINAL


def _single_letter_or_roman(token: str) -> bool:
    return len(token) == 1 or token in _ROMAN_NUMERALS


def _alphanumeric_with_a_digit(value: str) -> bool:
    return any(c.isnumeric() for c in value) and value.isalnum()
