"""Quotes with no clause of their own that go to no one rather than to the person named last."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.finding.paragraph import Found
from briefings.analysis.speech.name_index import NameIndex
from briefings.analysis.speech.speaker import parse_speaker

__all__ = ["a_body_reports", "another_named_after", "another_named_before", "continues_no_ones"]


def continues_no_ones(
    found: list[Found],
    resolved: list[tuple[str | None, str | None] | None],
    n: int,
    paragraphs: Sequence[str],
) -> bool:
    """A quote opening its paragraph after a paragraph that opens a quotation it leaves open, as a
    quotation running over several paragraphs does, and that went to no one ("Transcript as
    follows:" / "“Tonight we arrived …" / "“We’re now up …"): the same quotation going on, whose
    source the article gave as no person, not the person named last."""
    f = found[n]
    if f.span.start >= 3 or not f.para:
        return False
    prev = [m for m in range(n) if found[m].para == f.para - 1]
    return (
        bool(prev)
        and found[prev[0]].span.start < 3
        and _left_open(paragraphs[f.para - 1])
        and all(not (resolved[m] or (None,))[0] for m in prev)
    )


def another_named_after(
    speaker: str, start: int, end: int, index: NameIndex, surname: Callable[[str], str]
) -> bool:
    """The first person the text names between `start` and `end` (the rest of a paragraph that
    opens with a bare quotation) is not `speaker`, the speaker of the paragraph before ("“This is
    what happens …” The line came from Sen. Harold Ruiz"): whose words they are is not clear."""
    for at, name in index.runs[index.runs_before(start) :]:
        if at >= end:
            return False
        full = index.fullest(name, at)
        if index.is_person(full):
            return surname(full) != surname(speaker)
    return False


def another_named_before(
    speaker: str, start: int, end: int, index: NameIndex, surname: Callable[[str], str]
) -> bool:
    """The narration between `start` and `end` (a paragraph's text before its bare quotation)
    names a person and never `speaker`, the speaker of the paragraph before ("“…,” Weddle said.
    / That is what Mr. Trump has threatened to do. At rally after rally, he vows …. Then, the
    laugh line: “…”"): the quotation is not the last paragraph's speaker's going on."""
    others = False
    for at, name in index.runs[index.runs_before(start) :]:
        if at >= end:
            break
        full = index.fullest(name, at)
        if not index.is_person(full):
            continue
        if surname(full) == surname(speaker):
            return False
        others = True
    return others


_LAST_SENTENCE: Final = re.compile(r"(?:^|(?<=[.!?]\s))(?=[A-Z])")
_REPORTS: Final = words_set(
    """reported reports issued issues said says wrote writes noted notes released releases
    published publishes added adds stated states"""
)


def a_body_reports(par: str) -> bool:
    """The paragraph's last sentence has a body, a paper or a network report or issue something
    ("CNN reported that night …", "At Brazile’s direction, the DNC issued a statement …"): a
    quotation after it is theirs, not the words of the person named last."""
    starts = [m.start() for m in _LAST_SENTENCE.finditer(par)]
    sentence = par[starts[-1] if starts else 0 :]
    if "“" in sentence or '"' in sentence:
        return False
    words = sentence.replace(",", " ").split()
    for k, word in enumerate(words[1:], 1):
        if word in _REPORTS:
            subject = parse_speaker(" ".join(words[max(0, k - 3) : k]))
            return bool(subject and subject.is_org)
    return False


def _left_open(par: str) -> bool:
    """The paragraph leaves a quotation open: it runs on into the next paragraph."""
    return par.count("“") > par.count("”") or par.count('"') % 2 == 1
