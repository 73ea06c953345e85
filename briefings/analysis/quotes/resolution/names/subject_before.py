"""A surname two people share, after a sentence whose subject one of them is, the other in its aside."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.common.splitting.sentences import split_sentences
from briefings.analysis.quotes.clauses.words import verb_like

__all__ = ["subject_of_the_sentence_before"]

# a dateline opening the article: "SEOUL, Sept. 14 (Yonhap) -- ", "SEOUL -- "
_DATELINE: Final = re.compile(r"[A-Z][A-Z’'\-]{2,}[^“”]{0,40}?(?:--|—|–)\s*")

# after the subject's name: an aside between commas, a day or a time, then the verb
_ASIDE: Final = re.compile(r",[^.;:“”\"]{1,160},")
_WHEN: Final = re.compile(r"\s+(?:on|this|last)\s+[A-Z]?[a-z]+")
_VERB: Final = re.compile(r"\s+([a-z]+)\b")


def _sentence_before(
    paragraphs: Sequence[str], para: int, local: int
) -> tuple[int, int, str] | None:
    """The paragraph, offset in it and text of the last sentence before the quotation whose speaker is
    written at `local` of paragraph `para` ("“…,” Kim said": the sentence before the quotation,
    perhaps the previous paragraph's last)."""
    text = paragraphs[para][:local]
    opening = text.rfind("“")
    if opening != -1 and "”" in text[opening:]:
        text = text[:opening]
    if not text.strip():
        if para == 0:
            return None
        para, text = para - 1, paragraphs[para - 1]
    sentences = split_sentences(text)
    return (para, text.rindex(sentences[-1]), sentences[-1]) if sentences else None


def subject_of_the_sentence_before(
    people: Sequence[Sequence[tuple[int, str]]],
    paragraphs: Sequence[str],
    starts: Sequence[int],
    para: int,
    pos: int,
) -> int | None:
    """Of several people a surname may mean (each as its runs naming it in full: offsets in the
    article's text; `starts`: where each paragraph starts), the one named in full as the subject
    of the sentence right before the quotation, the others named there only inside that
    subject's aside between commas: "Kim Yo-jong, the powerful sister of North Korean leader Kim
    Jong-un, on Thursday dismissed U.S. claims …. “…,” Kim said" is hers. Its index in
    `people`, or None (the subject is no one of them, or another of them is named outside the
    aside)."""
    found = _sentence_before(paragraphs, para, pos - starts[para])
    if found is None:
        return None
    at_para, offset, sentence = found
    dateline = _DATELINE.match(sentence)
    body = sentence[dateline.end() if dateline else 0 :]
    begin = starts[at_para] + offset + len(sentence) - len(body)
    end = begin + len(body)
    opening = [(i, full) for i, runs in enumerate(people) for at, full in runs if at == begin]
    if len(opening) != 1:
        return None
    i, full = opening[0]
    rest = body[len(full) :]
    aside = _ASIDE.match(rest)
    after = aside.end() if aside else 0
    when = _WHEN.match(rest, after)
    verb = _VERB.match(rest, when.end() if when else after)
    if verb is None or not verb_like(verb.group(1)):
        return None
    inside = (begin + len(full), begin + len(full) + after)
    others = [
        at
        for j, runs in enumerate(people)
        if j != i
        for at, _ in runs
        if begin <= at < pos and not inside[0] <= at < inside[1]
    ]
    return None if others or end > pos else i
