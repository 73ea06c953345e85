"""The sentences analysers may use: no captions, credits, bylines, datelines or boilerplate."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from briefings.analysis.common.ascii_words import (
    ascii_lower_words,
    lower_word_bytes,
    words_search,
)
from briefings.analysis.common.memo import LOWERED
from briefings.analysis.common.parts import may_hold
from briefings.analysis.common.splitting.sentences import split_sentences
from briefings.analysis.results import ArticleText

_CREDIT: Final = re.compile(
    r"\b(?:getty images|ap photo|afp|reuters|photo by|photograph:|image caption|image source"
    r"|shutterstock|via ap|epa|pa wire|pa media)\b",
    re.IGNORECASE,
)
_TRAILING_PAREN: Final = re.compile(r"\(([^()]*)\)\s*$")
_URL: Final = re.compile(r"(?=[hwpt])(?:https?://|www\.|pic\.twitter\.com|t\.co/)", re.IGNORECASE)
_TWEET_SIGNATURE: Final = re.compile(r"^\s*[—–-]+\s*\S.*\(@\w+\)")
_TIMESTAMP: Final = re.compile(
    r"^\s*(?:\d{1,2}:\d{2}\s*(?:[AP]\.?M\.?)?|date\s+\d{4}-"
    r"|(?:updated|published|posted|last modified)\b)",
    re.IGNORECASE,
)
_BYLINE: Final = re.compile(r"^\s*(?:by|written by|reporting by|edited by)\s+[A-Z]", re.IGNORECASE)
# Each pattern below that tries many words opens with a lookahead of their first letters (under
# its own flags): the search passes over every other place at once.
_CALL_TO_ACTION: Final = re.compile(
    r"(?=[jscfnar©])\b(?:join the conversation|sign up|subscribe|click here|read more|follow us|newsletter"
    r"|all rights reserved|copyright|©|share this|related articles?|advertisement)\b",
    re.IGNORECASE,
)
_WORD: Final = re.compile(r"[A-Za-z0-9’']+")
# What a link or a call to action cannot be without, in lower case: a sentence with none of them
# skips the case-blind searches, which try every place of it. Three letters are an "i" or an "s"
# to a case-blind search but not in lower case ("İ", "ı", "ſ"): a sentence with one is searched.
_LINK_PARTS: Final = ("http", "www.", "pic.twitter.com", "t.co/")
_CALL_PARTS: Final = (
    *("join the conversation", "sign up", "subscribe", "click here", "read more", "follow us"),
    *("newsletter", "all rights reserved", "copyright", "©", "share this", "related article"),
    "advertisement",
)


@dataclass(init=False)  # its own __init__: mypyc compiles it, a dataclass's is interpreted
class Sentence:
    """One usable sentence: its text, its paragraph and its rank in reading order."""

    text: str
    paragraph: int
    order: int  # 0 for the article's first usable sentence, then 1, 2, ...
    first_in_paragraph: bool

    def __init__(self, text: str, paragraph: int, order: int, first_in_paragraph: bool) -> None:
        self.text = text
        self.paragraph = paragraph
        self.order = order
        self.first_in_paragraph = first_in_paragraph


def word_count(text: str) -> int:
    """How many words a text has."""
    return len(_WORD.findall(text))


# The analysers compare a prose sentence's words with a small `min_words` only: they are counted
# up to PROSE_WORDS, by one match of the text's opening words (each a longest run of `_WORD`'s
# characters, as `findall` takes them), each word a group inside the one before: the number of the
# last group matched is the count. No list of all of a long sentence's words is made.
PROSE_WORDS: Final = 8


def _nested_words(count: int) -> str:
    """A pattern of up to `count` words and what stands before each, each word a group inside
    the one before it."""
    pattern = ""
    for _ in range(count):
        pattern = f"(?:[^A-Za-z0-9’']*+([A-Za-z0-9’']++){pattern})?"
    return pattern


_OPENING_WORDS: Final = re.compile(_nested_words(PROSE_WORDS))


def words_up_to(text: str) -> int:
    """`word_count(text)`, or PROSE_WORDS when it is more."""
    return _OPENING_WORDS.match(text).lastindex or 0  # type: ignore[union-attr]


def is_boilerplate(sentence: str) -> bool:
    """True for photo captions and credits, tweets, bylines, datelines and calls to action."""
    low = LOWERED[sentence]  # (the summary's terms and the people's tests lower it again)
    if may_hold(sentence, _LINK_PARTS, low) and _URL.search(sentence):
        return True
    if ("(@" in sentence and _TWEET_SIGNATURE.search(sentence)) or _TIMESTAMP.search(sentence):
        return True  # (a tweet's signature ends in its handle in brackets)
    if may_hold(sentence, _CALL_PARTS, low) and _CALL_TO_ACTION.search(sentence):
        return True
    if _BYLINE.search(sentence) and word_count(sentence) <= 8:
        return True
    trailing = _TRAILING_PAREN.search(sentence) if ")" in sentence else None
    if trailing and _CREDIT.search(trailing.group(1)):
        return True  # "Kirby revealed the details ... (AP Photo/Patrick Semansky)"
    # A short line without closing punctuation is a label, a byline or a heading, not prose.
    return not _has_terminal(sentence) and word_count(sentence) < 6


def _has_terminal(sentence: str) -> bool:
    """Closing punctuation at the end, spaces aside: a terminal mark and closing quotes or
    brackets ("ended.”)"), or a closing double quote."""
    text = sentence.rstrip()
    return text[-1:] in ("”", '"') or text.rstrip("”\"’')]")[-1:] in (".", "!", "?", "…")


def usable_sentences(article: ArticleText, min_words: int = 4) -> list[Sentence]:
    """The article's prose sentences in reading order, boilerplate left out."""
    found: list[Sentence] = []
    for index, paragraph in enumerate(article.paragraphs):
        first = True
        for text, words in _prose(paragraph):
            if words < min_words and (words < PROSE_WORDS or word_count(text) < min_words):
                continue
            found.append(Sentence(text, index, len(found), first))
            first = False
    return found


def prose_texts(article: ArticleText, min_words: int = 4) -> Iterator[tuple[int, str]]:
    """The texts of `usable_sentences`, each with its paragraph's index, no Sentence made."""
    for index, paragraph in enumerate(article.paragraphs):
        for text, words in _prose(paragraph):
            if words >= min_words or (words == PROSE_WORDS and word_count(text) >= min_words):
                yield index, text


@lru_cache(maxsize=4096)  # the summary and the events read the same paragraphs
def _prose(paragraph: str) -> tuple[tuple[str, int], ...]:
    """The paragraph's sentences that are no boilerplate, each with its number of words counted
    up to PROSE_WORDS."""
    return tuple(
        (text, words_up_to(text)) for text in split_sentences(paragraph) if not is_boilerplate(text)
    )


QUOTED_SPAN: Final = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|‘[^’]{12,}(?:’|$)")
# The verbs of reporting: one list, searched case-blind (`_REPORTING`) or read from an ASCII
# text's words (`_REPORTING_WORDS`).
_REPORTING_VERBS: Final = (
    *("said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "warned"),
    *("warns", "announced", "announces", "according", "wrote", "writes", "explained", "insisted"),
    *("argued", "noted", "claimed", "claims", "asked", "replied", "continued", "tweeted"),
    *("declared", "urged", "urging", "adding", "saying", "vowed", "promised"),
)
_REPORTING = words_search(_REPORTING_VERBS)


# (The words all hold one of these.)
_REPORTING_PARTS: Final = (
    *("said", "say", "told", "tell", "add", "stat", "warn", "announc", "according", "wrot"),
    *("writes", "explained", "insisted", "argued", "noted", "claim", "asked", "replied"),
    *("continued", "tweeted", "declared", "urg", "vowed", "promised"),
)


@lru_cache(maxsize=4096)  # asked again of the same sentence by the summary and the points
def outside_quotes(sentence: str) -> str:
    """The reporter's own words: the sentence with every quotation removed."""
    if "“" not in sentence and '"' not in sentence and "‘" not in sentence:
        return sentence  # no mark that opens a quotation: nothing to remove (three quick tests)
    return QUOTED_SPAN.sub(" ", sentence)


@lru_cache(maxsize=4096)  # asked of the same sentence by the summary and the points
def is_pure_quote(sentence: str) -> bool:
    """True for a quotation standing alone, with no clause saying who said it."""
    own = outside_quotes(sentence)
    if own.strip() == sentence.strip():
        return False
    return words_up_to(own) < 4 and not _reports(own)  # (4 <= PROSE_WORDS: the count)


def has_reporting_clause(sentence: str) -> bool:
    """True when the reporter's words say who said, told or announced something."""
    return _reports(outside_quotes(sentence))


# The same words as an ASCII text's words in lower case give them (`ascii_lower_words`: on ASCII
# the case-blind search finds a word exactly where one of them is); other text is searched.
_REPORTING_WORDS: Final = lower_word_bytes(_REPORTING_VERBS)


def _reports(text: str) -> bool:
    words = ascii_lower_words(text)
    if words is not None:
        return not _REPORTING_WORDS.isdisjoint(words)
    if not may_hold(text, _REPORTING_PARTS):
        return False
    return _REPORTING.search(text) is not None
