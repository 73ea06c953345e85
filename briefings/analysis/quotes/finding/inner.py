"""Quotations inside a quotation, each listed on its own: the person the outer words name as saying
it, told by the outer speaker ("“Rosa said, ‘Next time we wait,’ and she’s right,” he said"), else
no one (a scare quote, a clerk's words, "the so-called ‘reform’")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.finding.marks import find_spans
from briefings.analysis.results import FoundQuote
from briefings.analysis.speech.name_index import NameIndex

__all__ = ["is_inner", "with_inner_quotes"]

# The outer words right before an inner quotation name who says it: a capitalised name (a title
# before it allowed) and a verb of saying, "Mr. Haskins also wrote, ‘…’", "Fred said to me, “…”",
# "Their regional manager, Dale Prentiss, told me, ‘…’".
_SAYS: Final = re.compile(
    r"(?<![\w’'.-])(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*),?\s+(?:also\s+|then\s+|just\s+)?"
    r"(?:said|says|told|tells|wrote|writes|asked|replied|yelled|shouted)"
    r"(?:\s+(?:to\s+)?(?:me|us|him|her|them))?\s*[,:]?\s*$"
)
# who says it, and no one named: "She told me, ‘…’", "They said, ‘…’"
_PRONOUNS: Final = words_set("i we you he she it they someone somebody everyone everybody")
# words that open a clause before its subject: "When Donald Trump says ‘…’"
_OPENERS: Final = words_set(
    "and but so then when if as because after before while once since well now yes no oh"
)
_TITLES: Final = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr"})
_WORD: Final = re.compile(r"\w")
_SELF: Final = "I"  # the inner speaker is the outer one
_NAMED: Final = "inside a quotation, named"
_NO_ONE: Final = "inside a quotation"


def with_inner_quotes(
    quotes: list[FoundQuote], paragraphs: list[str], offsets: list[int], index: NameIndex
) -> list[FoundQuote]:
    """The quotes, each followed by the quotations inside it (‘…’ in “…”, '...' in "...", "…" in
    British '…'), the outer quote's words kept whole as written."""
    out: list[FoundQuote] = []
    for quote in quotes:
        out.append(quote)
        if not any(mark in quote.text for mark in "‘“'\""):
            continue
        par = paragraphs[quote.paragraph]
        at = offsets[quote.paragraph] + max(par.find(quote.text), 0)
        for span in find_spans(quote.text):
            if not span.closed or sum(ch.isalpha() for ch in span.text) < 2:
                continue  # "rock 'n' roll"'s "n", a mark left open: no quotation
            if not quote.text[: span.start].strip() and not _WORD.search(quote.text[span.end :]):
                continue  # “‘College Bowl,’”: the marks doubled around one quotation
            who = _inner_speaker(quote.text[: span.start], at + span.start, index)
            if who == _SELF:  # "“I said, ‘That can’t be right,’” Greer recalled": Greer's own
                who = quote.speaker
            told = quote.speaker if who and quote.speaker and quote.speaker != who else None
            out.append(
                replace(
                    quote,
                    text=span.text.rstrip(",").strip(),
                    speaker=who,
                    speaker_role=None,
                    kind="partial",
                    confidence=quote.confidence if who else 0.0,
                    found_by=_NAMED if who else _NO_ONE,
                    told_by=told,
                )
            )
    return out


def _inner_speaker(before: str, pos: int, index: NameIndex) -> str | None:
    """The fullest name of the person the outer words name, right before an inner quotation, as
    saying it ("Rosa said," "Mr. Haskins also wrote,"), `_SELF` for "I said,"; None for a
    pronoun, a description ("the clerk said", "My son kept saying") or a name that is no one's."""
    said = _SAYS.search(before)
    if said is None:
        return None
    words = said.group("who").split()
    ends = [k for k, w in enumerate(words) if w.endswith(".") and w not in _TITLES and len(w) > 2]
    words = words[ends[-1] + 1 :] if ends else words  # "… iPhone. He said,": its own sentence
    while words and words[0].lower() in _OPENERS:
        words = words[1:]  # "When Donald Trump says ‘…’", "And Donna said, ‘…’"
    titled = bool(words) and words[0] in _TITLES
    words = [w for w in words if w not in _TITLES]
    for k in range(len(words)):  # the longest run of its last words that is someone
        name = " ".join(words[k:])
        if name == "I":
            return _SELF  # the outer speaker quoting their own words
        if name.lower() in _PRONOUNS:
            return None
        if not index.is_person(name, speaker=True):
            continue
        fullest = index.fullest(name, pos)
        if k < len(words) - 1 or titled or index.gender(name) or " " in fullest:
            return fullest  # a single word only when it is someone's: "Rosa", "Mr. Haskins"
    return None  # "When Twitter says ‘…’": no one


def is_inner(quote: FoundQuote) -> bool:
    """A quotation `with_inner_quotes` listed from inside another."""
    return quote.found_by.startswith(_NO_ONE)
