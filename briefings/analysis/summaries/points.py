"""Candidate points for the story briefing: the article's informative, reported sentences."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.candidates import has_reporting_clause, is_pure_quote, outside_quotes
from briefings.analysis.common.ascii_words import (
    ascii_lower_words,
    ascii_words,
    lower_word_bytes,
    words_search,
)
from briefings.analysis.dates.relative import has_date
from briefings.analysis.results import ArticleText, FoundPoint
from briefings.analysis.summaries.summary import Ranked, ranked_sentences

# The reporter speaking for themselves: first person, chatty contractions, evaluative asides.
# (Each pattern below that tries many words opens with a lookahead of their first letters: the
# search passes over every other place at once. Only whether they match is read.)
# (An exclamation mark is looked for on its own; the words all open at a word boundary, which
# the search tests first.)
_OPINION: Final = re.compile(
    r"\b(?=[ILMOSWYadfilmnorsuwy])(?:(?:I|we|we're|we’re|we've|we’ve|our|ours|us|my|me|let's|let’s|you|your)\b"
    r"|^(?:So|If)\b|(?:simply|really|actually|at best|at worst|needless to say)\b"
    r"|(?:obviously|of course|frankly|surely|arguably|in the end"
    r"|sounds like|it's not as if|it’s not as if|doesn't mean|doesn’t mean|I think|we think)\b"
    r"|(?:We|We're|We’re|We've|We’ve|Our|My|Let's|Let’s|You|Your)\b)",
)
# A subject the reader cannot place out of its article: a pronoun, or "the party" and its kind
# with nothing naming it. Such a sentence gives way to ones that name who they are about.
_LEAD_IN: Final = (
    r"^(?:(?:But|And|So|Also|Still|Yet|Now|Then|Instead|Meanwhile|However|Later|Earlier)\b,?\s+)?"
)
_UNPLACED_SUBJECT: Final = re.compile(
    _LEAD_IN + r"(?:(?:On|In|At|By|After|Before|During|Last|This)\b[^,]{0,40},\s+)?"
    r"(?:(?i:he|she|they|it|his|her|their|its|this|that|these|those|both|neither|each|others?|some"
    r"|many)|(?i:the) (?:party|campaign|group|company|agency|administration|department|committee|senator"
    r"|candidate|president|official|officials|minister|spokesman|spokeswoman|country|two|pair"
    r"|former \w+|organization|organisation|government|state|city|bill|measure|plan|move))\b"
)
# "that's", "it's", "there's", "what's", "here's" and "-n't": found from their apostrophe, the
# word before it looked back at (the search passes over every other place at once).
_INFORMAL: Final = re.compile(
    r"['’](?:(?<=\bthat.)s|(?<=\bit.)s|(?<=\bthere.)s|(?<=\bwhat.)s|(?<=\bhere.)s|(?<=\wn.)t)\b",
    re.IGNORECASE,
)
# Verbs of news: someone did or said something. A word of three letters or more ending in "ed",
# found from its "e" (the search passes over every other place at once; most sentences have
# one), else one of the verbs.
_ED: Final = re.compile(r"[eE](?<=\w.)[dD]\b")
# The verbs of news: one list, searched case-blind (`_ACTION`) or read from an ASCII text's
# words (`_ACTION_WORDS`).
_ACTION_VERBS: Final = (
    *("said", "says", "told", "warned", "announced", "sold", "sent", "met", "sought", "took"),
    *("made", "gave", "agreed", "signed", "imposed", "launched", "struck", "won", "lost", "rose"),
    *("fell", "paid", "held", "reached", "plan", "plans", "seek", "seeks"),
)
_ACTION: Final = words_search(_ACTION_VERBS)
# (A capital, then no letter or digit before it: the search passes over every other place at once.)
_NAME: Final = re.compile(r"[A-Z](?<!\w.)[a-z]+(?:[-\s][A-Z][a-z]+)*")
_NUMBER: Final = re.compile(r"\d")
_ASCII_DIGITS: Final = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
MIN_WORDS, MAX_WORDS = 8, 70


# `_OPINION`'s words read from the text's words (`ascii_words`): those of one word (its
# alternatives that go on with an apostrophe, "we're", match where the word before it does), the
# two that only open the text, and a search for the rest (a phrase or an apostrophe's) only where
# one of them is in the text. (tests/analysis/test_fast_paths.py compares them with `_OPINION`.)
_OPINION_WORDS: Final = frozenset(
    w.encode()
    for w in (
        *("I", "we", "our", "ours", "us", "my", "me", "you", "your", "We", "Our", "My", "You"),
        *("Your", "simply", "really", "actually", "obviously", "frankly", "surely", "arguably"),
    )
)
_OPENING_OPINION_WORDS: Final = (b"So", b"If")
_OPINION_PHRASES: Final = (
    *("let's", "let’s", "Let's", "Let’s", "at best", "at worst", "needless to say", "of course"),
    *("in the end", "sounds like", "it's not as if", "it’s not as if", "doesn't mean"),
    "doesn’t mean",
)
_OPINION_PHRASE: Final = re.compile(r"\b(?:" + "|".join(_OPINION_PHRASES) + r")\b")


def _opinion_words(own: str) -> bool:
    """Whether `_OPINION` finds a match in the text (the reporter's own words)."""
    words = ascii_words(own)
    if words is None:
        return _OPINION.search(own) is not None
    if not _OPINION_WORDS.isdisjoint(words):
        return True
    if words and words[0] in _OPENING_OPINION_WORDS and own.startswith(("So", "If")):
        return True  # (the first word opens the text)
    return any(p in own for p in _OPINION_PHRASES) and _OPINION_PHRASE.search(own) is not None


def is_opinion(sentence: str) -> bool:
    """True when the writer's own voice shows: first person, asides, chatty contractions."""
    own = outside_quotes(sentence)
    if "!" in own or _opinion_words(own):
        return True
    return ("'" in own or "’" in own) and _INFORMAL.search(own) is not None  # needs an apostrophe


# An opinion column speaks in its writer's voice: labelled so, or "I" outside quotation marks in
# several of its sentences. Its sentences are commentary, not reported facts.
_COLUMN_LABEL: Final = re.compile(
    r"^\s*(?:opinion|commentary|editorial|column|op-ed|analysis)\b", re.I
)
# (Its first letter, then the word it opens: the search passes over every other place at once.)
_FIRST_PERSON: Final = re.compile(r"[Im](?<!\w.)(?:(?<=I)(?:'m|’m|'ve|’ve)?|(?<=m)(?:y|e|yself))\b")


def _quotes(paragraph: str) -> bool:
    """Whether the paragraph has a quotation mark, or two apostrophes for one (substring tests,
    which cost less than a search; the curly marks are never in ASCII text)."""
    return (
        '"' in paragraph
        or "''" in paragraph
        or (not paragraph.isascii() and ("“" in paragraph or "”" in paragraph))
    )


COLUMN_PARAGRAPHS: Final = 2  # paragraphs in the writer's own "I" that make an article a column
COLUMN_SHARE: Final = 0.1  # ... when they are at least this share of its paragraphs


def is_column(title: str | None, paragraphs: Sequence[str]) -> bool:
    """True for an opinion column: its title says so, or its writer says "I" in paragraphs that
    quote no one (nor follow a paragraph that quotes, whose quotation may run on)."""
    if title and _COLUMN_LABEL.match(title):
        return True
    own = 0
    quoted_before = False  # the paragraph before has a quotation mark
    for paragraph in paragraphs:
        quoted = _quotes(paragraph)
        quoting, quoted_before = quoted or quoted_before, quoted
        if not quoting and _FIRST_PERSON.search(paragraph) and not has_reporting_clause(paragraph):
            own += 1
    return own >= COLUMN_PARAGRAPHS and own >= COLUMN_SHARE * len(paragraphs)


_LONG_WORDS: Final = re.compile(r"[^\W\d_][\w’'-]{3,}")  # words of more than 3 characters


def is_headline(sentence: str) -> bool:
    """True for a line in title case ("Sanders: ‘Of Course’ Clinton Is Qualified"): a headline."""
    if not _may_be_headline(sentence):
        return False
    words = _LONG_WORDS.findall(sentence)
    return len(words) >= 4 and len([w for w in words if w[0].isupper()]) >= 0.8 * len(words)


def _may_be_headline(sentence: str) -> bool:
    """False when the sentence's long words cannot be four fifths capitalised, counted cheaply
    piece by piece between spaces (no word holds a space): a piece of letters and digits gives
    one word at most, one that opens with a lower-case ASCII letter (and is long) certainly one
    in lower case; any other piece gives at most one word per four characters. Prose fails at
    once; what passes is searched."""
    lower = 0  # words certainly in lower case
    others = 0  # at most this many other words
    for piece in sentence.split():
        if len(piece) < 4:
            continue  # (no long word)
        if piece.isalnum():
            if "a" <= piece[0] <= "z":
                lower += 1
            else:
                others += 1
        else:
            others += len(piece) // 4
    # capitalised >= 0.8 * all needs others >= 0.8 * (lower + others), so others >= 4 * lower
    return others >= 4 * lower


def needs_context(sentence: str) -> bool:
    """True when the sentence's subject is a pronoun or a bare "the party": who, out of context?"""
    return bool(_UNPLACED_SUBJECT.match(sentence.lstrip("“\"' ")))


# `_ED` and `_ACTION` read from the text's words (`ascii_words`) in lower case (on ASCII the
# case-blind search finds what the search in lower case finds): a word of three letters or more
# ending in "ed", or one of the verbs. (A text with other letters than ASCII's is searched.)
_ACTION_WORDS: Final = lower_word_bytes(_ACTION_VERBS)


def _acts(text: str) -> bool:
    """Whether the text has a verb of news: `_ED` or `_ACTION` finds one."""
    words = ascii_lower_words(text)
    if words is not None:
        return any(len(w) > 2 and w.endswith(b"ed") for w in words) or not (
            _ACTION_WORDS.isdisjoint(words)
        )
    return _ED.search(text) is not None or _ACTION.search(text) is not None


def informativeness(sentence: str) -> float:
    """0–1: an action or reporting verb, named actors, figures and dates each add to it."""
    own = outside_quotes(sentence)
    names = len(_NAME.findall(own, 1))  # the sentence's first word is capitalised anyway
    score = 0.35 * has_reporting_clause(sentence) + 0.2 * _acts(own)
    score += 0.25 * min(names, 3) / 3
    score += 0.1 * _has_digit(own) + 0.1 * has_date(own)
    return score


def _has_digit(text: str) -> bool:
    """Whether `_NUMBER` finds a digit: ten substring tests (each a fast scan of the text) find an
    ASCII one, where the search tests every character for a Unicode digit; only text with other
    characters than ASCII's and no ASCII digit is searched (for "٣" and its kind)."""
    for digit in _ASCII_DIGITS:
        if digit in text:
            return True
    return not text.isascii() and _NUMBER.search(text) is not None


def key_points(article: ArticleText, ranked: Ranked | None = None) -> list[FoundPoint]:
    """Sentences reporting facts and developments, in article order, each with a 0–1 score.

    Left out: questions, unattributed quotations, the writer's opinion, fragments and run-ons,
    and sentences whose subject only their context explains ("He also threatened …"); an
    opinion column gives none.
    The score mixes the sentence's centrality in the article (LexRank) with how informative
    it reads (who did or said what, figures, dates). `ranked`: the article's
    `ranked_sentences`, when already computed.
    """
    sentences, centrality, _ = ranked or ranked_sentences(article)
    if not sentences or is_column(article.title, article.paragraphs):
        return []
    central = centrality / float(centrality.max())
    points = []
    for sentence, weight in zip(sentences, central, strict=True):
        text = sentence.text
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS or text.rstrip("”\"' ").endswith("?"):
            continue
        # (the cheap look at the subject before the writer's voice: a fifth of the sentences
        # are left out by it, and the order of these tests changes none of their answers)
        if is_pure_quote(text) or needs_context(text) or is_opinion(text) or is_headline(text):
            continue
        score = 0.5 * float(weight) + 0.5 * informativeness(text)
        points.append(FoundPoint(text, round(score, 4), sentence.paragraph))
    return points
