"""Sentences of a masked paragraph, and whether a quotation in one is full or partial."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.splitting.sentences import split_sentences
from briefings.analysis.quotes.finding.marks import Span, mask_id
from briefings.analysis.results import QuoteKind
from briefings.analysis.speech.cues import CUES

_QUOTE_ENDS_SENTENCE: Final = re.compile(r"(?<=\ue001\.)\s+(?=[A-Z])")

# a quotation closed with no space before a capitalised word, as copy pasted from a page often
# runs ("“I love Hispanics!”Former Republican candidate Jeb Bush said: “…”"): the word opens the
# next sentence, whose subject is no speaker of the quotation before
_GLUED_AFTER_QUOTE: Final = re.compile(r"(?<=\ue001\.)(?=[A-Z][a-z]+ )")


# a place's abbreviation closing a sentence before a word that only opens one ("… entering the
# U.S. While Clinton has …"), which the splitter reads as one sentence
_ABBREVIATION_ENDS_SENTENCE: Final = re.compile(
    r"(?<=\b(?:U\.S|U\.K|D\.C|U\.N)\.)\s+(?=(?:While|But|The|He|She|It|They|We|I|In|On|At|After"
    r"|When|As|And|Yet|So|This|That|There|His|Her|Their|Its)\s)"
)

_ABBREVIATIONS: Final = ("U.S. ", "U.K. ", "D.C. ", "U.N. ")

# the platform X closing a sentence ("… called the rule “…” in a post on X. Sen. Ron Jessup said
# …"), which the splitter reads as an initial running on into the next sentence
_X_ENDS_SENTENCE: Final = re.compile(r"(?:(?<=\bon X\.)|(?<=\bto X\.)|(?<=\bvia X\.))\s+(?=[A-Z])")
_ON_X: Final = (" on X. ", " to X. ", " via X. ")

# a quotation, then a name and a colon before another: a new turn of a debate or a transcript as
# a live blog writes it ("… Quiroga: “… How can you defend that?” Renwick: “Senator, …”"), whose
# speaker is the name, not the one of the quotation before
_NAMED_TURN: Final = re.compile(
    r"(?:(?<=\ue001)|(?<=\ue001[,.]))\s+(?=[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)?: \ue000)"
)


def masked_sentences(masked: str) -> list[tuple[int, str]]:
    """Sentences of the masked paragraph; a quotation closing on a full stop ends its sentence
    ("… a “pathological liar.” Carly Fiorina said …"), which the splitter cannot see."""
    out, at = [], 0
    for s in split_sentences(masked):
        start = masked.find(s, at)
        at = start + len(s)
        parts = _QUOTE_ENDS_SENTENCE.split(s) if "\ue001." in s else [s]
        if "\ue001." in s and _GLUED_AFTER_QUOTE.search(s):
            parts = [p for part in parts for p in _GLUED_AFTER_QUOTE.split(part)]
        if ". " in s and any(a in s for a in _ABBREVIATIONS):  # "… the U.S. While …"
            parts = [p for part in parts for p in _ABBREVIATION_ENDS_SENTENCE.split(part)]
        if any(x in s for x in _ON_X):  # "… in a post on X. Sen. …"
            parts = [p for part in parts for p in _X_ENDS_SENTENCE.split(part)]
        if ": \ue000" in s:  # round 60: "“…?” Renwick: “…”"
            parts = [p for part in parts for p in _NAMED_TURN.split(part)]
        for part in parts:
            begin = masked.find(part, start)
            out.append((begin, part))
            start = begin + len(part)
    return out


def _starts_sentence(toks: list[str], idx: int) -> bool:
    before = [t for t in toks[:idx] if t not in {"\ue000", "\ue001"}]
    if not before or before[-1] == ":":
        return True
    if before[-1] == "," and len(before) >= 2 and before[-2].lower() in CUES:
        return True
    return all(mask_id(t) is not None or t in {",", "."} for t in before)


def quote_kind(span: Span, toks: list[str], idx: int) -> QuoteKind:
    first = span.text.lstrip("[(…. ")[:1]
    if _starts_sentence(toks, idx) and (first.isupper() or first.isdigit()):
        return "full"
    if _split_rest(toks, idx):
        return "full"  # "“The best way,” Schiff said, “is …”"
    return "partial"


# a quotation of more than one sentence: a word's terminal mark, spaces and a capital (`\w[.!?]\s+
# [A-Z]`, read from the mark, which the search skips to at once; the word before it looked behind)
SENTENCES_INSIDE: Final = re.compile(r"[.!?](?<=\w[.!?])\s+[A-Z]")


def _split_rest(toks: list[str], idx: int) -> bool:
    """The second half of a quotation split by its clause: "“The best way,” Schiff said, “is …”"
    (the sentence opens with a quotation, then the clause, a comma and this one)."""
    before = [t for t in toks[:idx] if t not in {"\ue000", "\ue001"}]
    if len(before) < 3 or before[-1] != "," or mask_id(before[0]) is None:
        return False
    clause = before[1:-1]
    return (
        len(clause) <= 12
        and clause[0] == ","
        and any(t.lower() in CUES for t in clause)
        and all(mask_id(t) is None for t in clause)
    )
