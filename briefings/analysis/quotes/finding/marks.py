"""Quotation marks in a paragraph: the quoted spans, and the reporter text with each span masked."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from briefings.analysis.quotes.finding.elisions import elided_year

__all__ = ["Span", "find_spans", "has_masks", "mask", "mask_id", "placeholder"]


@dataclass(init=False)  # its own __init__: mypyc compiles it, a dataclass's is interpreted
class Span:
    """One quotation inside a paragraph: the positions of its marks and the words between them."""

    start: int  # position of the opening mark
    end: int  # position just after the closing mark (paragraph end when left open)
    text: str
    closed: bool

    def __init__(self, start: int, end: int, text: str, closed: bool) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.closed = closed


# The marks the reading below stops at; it passes over everything else at once.
_OPENERS: Final = re.compile("[“\"‘']")
_CLOSERS: Final = {'”"': re.compile('[”"“]'), "’'": re.compile("[’'“]"), "'": re.compile("['“]")}


class _Marks:
    """Where the next mark `_OPENERS` finds stands in a paragraph, from a place on. On ASCII text
    (no curly mark in it) the straight marks are found by `str.find`, each next one looked for
    only once the reading has passed the last found, not by the search testing every character."""

    def __init__(self, par: str) -> None:
        self.par = par
        self.ascii = par.isascii()
        self.double = -2  # the next '"' found (-1: none left, -2: not looked for yet)
        self.single = -2  # the next "'"

    def next_opener(self, i: int) -> int:
        """The first place at or after `i` of a mark `_OPENERS` finds, or -1."""
        par = self.par
        if not self.ascii:
            mark = _OPENERS.search(par, i)
            return -1 if mark is None else mark.start()
        if self.double != -1 and self.double < i:
            self.double = par.find('"', i)
        if self.single != -1 and self.single < i:
            self.single = par.find("'", i)
        if self.double < 0 or (0 <= self.single < self.double):
            return self.single
        return self.double

    def next_closer(self, closers: str, j: int) -> int:
        """The first place at or after `j` of a mark `_CLOSERS[closers]` finds, or -1: on ASCII
        text the one straight mark it can find ('"' for '”"', "'" otherwise)."""
        par = self.par
        if self.ascii:
            return par.find('"' if closers == '”"' else "'", j)
        stop = _CLOSERS[closers].search(par, j)
        return -1 if stop is None else stop.start()


def find_spans(par: str) -> list[Span]:
    """Top-level quotations of a paragraph, curly or straight, double or single marks."""
    spans: list[Span] = []
    i, n = 0, len(par)
    marks = _Marks(par)
    while i < n:
        i = marks.next_opener(i)
        if i < 0:
            break
        ch = par[i]
        before = par[i - 1] if i else " "
        if ch in '“"' or (ch in "‘'" and not before.isalnum() and not elided_year(par, i)):
            closers = '”"' if ch in '“"' else ("’'" if ch == "‘" else "'")
            j = i + 1
            while j < n:
                j = marks.next_closer(closers, j)
                if j < 0:
                    j = n
                    break
                c = par[j]
                after = par[j + 1] if j + 1 < n else " "
                if c in closers and (ch in '“"' or not after.isalnum()):
                    break
                if ch == "“" and c == "“" and par[j - 1] in ",.?!" and not after.strip():
                    break  # an opening mark typed for a closing one: "“It's unusual,“ said Noble"
                if ch in '“"' and c == "“":  # a new opening: the previous quote was left open
                    break
                j += 1
            closed = j < n and (
                par[j] in closers or (ch == "“" and par[j] == "“" and _typo(par, j))
            )
            if not closed and ch not in '“"':
                i += 1
                continue
            text = par[i + 1 : j].strip()
            if text:
                spans.append(Span(i, j + 1 if closed else j, text, closed))
            i = j + 1 if closed else j
            continue
        i += 1
    return spans


def _typo(par: str, j: int) -> bool:
    """An opening curly mark right after a comma or a full stop and before a space closes."""
    return par[j - 1] in ",.?!" and not par[j + 1 : j + 2].strip()


def _glued_to_a_capital(par: str, end: int) -> bool:
    """A capitalised word follows the closing mark at `end` with no space, as text pasted from a
    page often runs ("…!”Former Republican presidential candidate Jeb Bush")."""
    return par[end : end + 1].isupper() and par[end + 1 : end + 2].islower()


def mask(par: str, spans: list[Span]) -> tuple[str, list[int]]:
    """The paragraph with each quotation replaced by a 3-character placeholder."""
    out, pos, last = [], [], 0
    for k, s in enumerate(spans):
        out.append(par[last : s.start])
        pos.append(sum(len(x) for x in out))
        end_punct = s.text[-1] if s.text else ""
        tail = "." if end_punct == "." or not s.closed else ("," if end_punct in ",?!—–-" else "")
        if tail == "," and end_punct in "?!" and _glued_to_a_capital(par, s.end):
            tail = "."  # "“I love Hispanics!”Former … Jeb Bush said": the quotation ends a sentence
        out.append(placeholder(k) + tail)
        last = s.end
    out.append(par[last:])
    return "".join(out), pos


def placeholder(k: int) -> str:
    """The 3 characters `mask` writes for quotation `k`: open, its number's character, close."""
    return "\ue000" + chr(0xE100 + k) + "\ue001"


# The number of the quotation a token stands for (its placeholder's middle character), or None:
# a look-up rather than a test, as every token of every sentence is asked.
mask_id: Callable[[str], int | None] = {chr(0xE100 + k): k for k in range(0x100)}.get


_MASK_IDS: Final = re.compile("[\ue100-\ue1ff]")


def has_masks(text: str) -> bool:
    """Whether a masked text holds a quotation's placeholder (a token `mask_id` reads)."""
    return not text.isascii() and _MASK_IDS.search(text) is not None  # (none in ASCII text)
