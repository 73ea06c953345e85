"""Turns of an exchange in alternating paragraphs: a bare quoted paragraph is the other side's turn."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.quotes.finding.paragraph import Found

__all__ = ["alone", "one_speakers", "question", "turn_of_the_other"]

_CLOSING: Final = " \t”\"’'.,!?"


def question(f: Found) -> bool:
    return f.span.text.rstrip().rstrip("”\"’'").rstrip().endswith("?")


def alone(f: Found, paragraphs: Sequence[str]) -> bool:
    """The quotation is its paragraph: nothing but marks before it and after it."""
    par = paragraphs[f.para]
    return not par[: f.span.start].strip() and not par[f.span.end :].strip(_CLOSING)


def one_speakers(
    found: Sequence[Found], resolved: Sequence[tuple[str | None, str | None] | None], para: int
) -> int | None:
    """The last quotation of paragraph `para` when every quotation there has one speaker, named."""
    here = [m for m, f in enumerate(found) if f.para == para]
    names = {(resolved[m] or (None, None))[0] for m in here}
    if not here or len(names) != 1 or None in names or "" in names:
        return None
    return here[-1]


def turn_of_the_other(
    found: Sequence[Found],
    resolved: Sequence[tuple[str | None, str | None] | None],
    n: int,
    paragraphs: Sequence[str],
) -> int | None:
    """The quotation whose speaker speaks the bare quoted paragraph `n` in an exchange written one
    turn a paragraph: when the two paragraphs before hold the words of two people, one of them
    asking and the other answering, the next turn is the asker's again after an answer, when it is
    a question ("“…?” she asked. / “…,” Brandvold replied. / “And if Democrats refuse?”"), and the
    one asked's after a bare question standing alone ("“…,” Meeks said. / “Did anyone get
    fired?” / “Not to my knowledge.”"). None when the paragraph is not a quotation alone, or the
    two before are not such a question and answer; the quotation returned is the earlier one."""
    f = found[n]
    if f.attributed or f.para < 2 or not alone(f, paragraphs):
        return None
    if any(m != n and g.para == f.para for m, g in enumerate(found)):
        return None
    last = one_speakers(found, resolved, f.para - 1)
    first = one_speakers(found, resolved, f.para - 2)
    if last is None or first is None:
        return None
    if (resolved[last] or (None,))[0] == (resolved[first] or (None,))[0]:
        return None
    first_asks, last_asks = question(found[first]), question(found[last])
    if first_asks and not last_asks and question(f):
        return first  # the asker asks again
    if (
        last_asks
        and not first_asks
        and not found[last].attributed
        and alone(found[last], paragraphs)
    ):
        return first  # the one asked answers a question standing alone
    if last_asks and not first_asks and not question(f) and _asked_alone(found[last], paragraphs):
        return (
            first  # round 50: "“…,” Pell said. / “Was it …?” Salcedo asked. / “I’d be guessing.”"
        )
    return None


_ASKED_CLAUSE: Final = re.compile(
    r"^[\s”\"’',]*(?:(?:[A-Z][\w’'\-]*\.? ){0,3}[A-Z][\w’'\-]+|he|she) (?:asked|pressed|pressed on)"
    r"(?: (?:[A-Z][\w’'\-]*\.? ){0,3}[A-Z][\w’'\-]+)?[\s.”\"’']*$"
)


def _asked_alone(f: Found, paragraphs: Sequence[str]) -> bool:
    """The question's paragraph is the question and its asker's clause, nothing more ("“Was it
    before or after the March board meeting?” Salcedo asked.")."""
    par = paragraphs[f.para]
    return not par[: f.span.start].strip() and bool(_ASKED_CLAUSE.match(par[f.span.end :]))
