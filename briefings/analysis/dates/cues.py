"""The words the date rules need (their cues), searched for in a sentence or read from its words."""

from __future__ import annotations

import re
from functools import lru_cache
from operator import attrgetter
from typing import Final

from briefings.analysis.common.ascii_words import ascii_words
from briefings.analysis.dates.resolvers import WEEKDAYS
from briefings.months import MONTHS

# The words the rules above need, each named by its group: most sentences have none, and skip
# the rules at once; the others try only the rules whose cue they have. Every rule needs its cue
# at the start of a word, and no two cues can start at one place, so scanning for the cues
# (without overlaps) finds every one a rule can use. A month is a cue only as the rules read one:
# a whole word or an abbreviation with its full stop ("Mar." or "March", not "Market"). A cue is
# a run of letters or digits (and a final full stop) at the start of a word: none starts inside
# another, so the cues written in capitals or digits and the words read whatever their case are
# scanned for apart, and together give what one scan for both would.
# The first scan passes over every place but the capitals and digits its cues open with (the
# whole cue is looked for from the start of a word behind each, its name the group that holds
# it); the second runs only on a text holding one of its words in lower case, or a letter a
# case-blind match reads as an "i" or an "s" but lower case not ("İ", "ı", "ſ").
_CASED_CUES: Final = re.compile(
    r"[12ADFJMNOSTW](?<=\b(?=(?P<month>(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)(?!\w)))"
    r"|(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?P<digits>(?:19|20)\d\d)).)"
)
_WORD_CUES: Final = re.compile(
    r"\b(?=[afmstwy\u017f])(?i:(?P<yesterday>yesterday)|(?P<today>today|tonight)"
    r"|(?P<tomorrow>tomorrow)|(?P<week>week)|(?P<month_word>month)|(?P<year_word>year)"
    r"|(?P<season>spring|summer|autumn|fall|winter))",
    re.IGNORECASE,
)
_CUE_WORDS: Final = (
    *("year", "week", "month", "today", "tonight", "yesterday", "tomorrow", "spring", "summer"),
    *("autumn", "fall", "winter"),
)
_FOLDED: Final = re.compile("[\u0130\u0131\u017f]")
_CUE_NAME: Final = attrgetter("lastgroup")


@lru_cache(maxsize=4096)
def cues_in(text: str) -> frozenset[str | None]:
    """The cues the text has, kept for the next analyser that reads the same sentence: read
    from its words where it is ASCII but for common marks (`ascii_words`), else searched for."""
    words = ascii_words(text)
    if words is not None:
        return _cues_of_words(words)
    return searched_cues(text)


def searched_cues(text: str) -> frozenset[str | None]:
    """The cues the text has, as the two scans find them (what `_cues_of_words` gives from the
    words of an ASCII text)."""
    found = frozenset(map(_CUE_NAME, _CASED_CUES.finditer(text)))
    low = text.lower()
    for word in _CUE_WORDS:
        if word in low:
            return found | frozenset(map(_CUE_NAME, _WORD_CUES.finditer(text)))
    if not text.isascii() and _FOLDED.search(text):  # (none in ASCII text)
        return found | frozenset(map(_CUE_NAME, _WORD_CUES.finditer(text)))
    return found


# Every cue starts a word (`\w+`: a cased one after `\b`, a case-blind one too), and on ASCII
# text the scans' tests read one word alone: a month is a whole word (an abbreviation's full stop
# is no word character), a weekday or a year opens one, and a word cue opens one in any case (no
# letter folds into ASCII's from outside it). So an ASCII text's cues are read from its words,
# each word's first characters tested before any other look: no scan of the text is made.
# Whether a word opens as a cased cue can (`_CASED_CUES`' first set), by its first byte.
_CASED_OPENING: Final = bytes(1 if chr(c) in "12ADFJMNOSTW" else 0 for c in range(256))
# The months' names and abbreviations as the cased cues write them ("Jan", "Sept", "May").
_MONTH_WORDS: Final = frozenset(month.capitalize().encode() for month in MONTHS)
_DIGIT: Final = bytes(1 if chr(c).isdigit() and c < 128 else 0 for c in range(256))


def _head(first: int, second: int) -> int:
    """A word's first two bytes as one number, letters in lower case (`| 32` lowers an ASCII
    letter and leaves a digit as it is; "_" becomes a byte no word holds)."""
    return (first | 32) << 8 | (second | 32)


def _heads_table(heads: list[int]) -> bytes:
    """For each number of two bytes, the place of its head in `heads` from 1, or 0."""
    table = bytearray(1 << 16)
    for place, head in enumerate(heads, start=1):
        table[head] = place
    return bytes(table)


# The weekdays by their first two letters, as written (the cased cues' case): none opens another.
_WEEKDAYS_BY_HEAD: Final = tuple(day.capitalize().encode() for day in WEEKDAYS)
_WEEKDAY_HEADS: Final = _heads_table([d[0] << 8 | d[1] for d in _WEEKDAYS_BY_HEAD])
# The word cues by their first two letters in any case (no cue opens another's first two); each
# has four letters or more.
_WORD_CUES_BY_HEAD: Final[tuple[tuple[tuple[bytes, str], ...], ...]] = (
    ((b"yesterday", "yesterday"), (b"year", "year_word")),
    ((b"today", "today"), (b"tonight", "today"), (b"tomorrow", "tomorrow")),
    ((b"week", "week"),),
    ((b"month", "month_word"),),
    ((b"spring", "season"),),
    ((b"summer", "season"),),
    ((b"autumn", "season"),),
    ((b"fall", "season"),),
    ((b"winter", "season"),),
)
_WORD_CUE_HEADS: Final = _heads_table(
    [_head(cues[0][0][0], cues[0][0][1]) for cues in _WORD_CUES_BY_HEAD]
)


def _opens_with(word: bytes, cue: bytes) -> bool:
    """Whether the ASCII word opens with the cue (in lower case), case aside."""
    end = len(cue)
    if len(word) < end:
        return False
    i = 0
    while i < end and word[i] | 32 == cue[i]:
        i += 1
    return i == end


def _cues_of_words(words: tuple[bytes, ...]) -> frozenset[str | None]:
    """The cues of an ASCII text with these words (`ascii_words`): what `searched_cues` finds.
    (Bytes read one by one and looked up in tables: no method is called on most words.)"""
    found: set[str | None] = set()
    for word in words:
        if len(word) < 3:
            continue  # (every cue has three letters or more)
        first, second = word[0], word[1]
        if _CASED_OPENING[first]:
            if word in _MONTH_WORDS:
                found.add("month")
            elif first == 49 or first == 50:  # "1", "2": a year, "19" or "20" and two digits
                if (
                    len(word) >= 4
                    and (second == 57 if first == 49 else second == 48)
                    and _DIGIT[word[2]]
                    and _DIGIT[word[3]]
                ):
                    found.add("digits")
            else:
                day = _WEEKDAY_HEADS[first << 8 | second]
                if day and word.startswith(_WEEKDAYS_BY_HEAD[day - 1]):
                    found.add("weekday")
        place = _WORD_CUE_HEADS[_head(first, second)]
        if place:
            for cue, name in _WORD_CUES_BY_HEAD[place - 1]:
                if _opens_with(word, cue):
                    found.add(name)
                    break
    return frozenset(found)
