"""Date expressions in a sentence, absolute or resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import Final

from briefings.analysis.common.ascii_words import ascii_words
from briefings.analysis.results import DatePrecision
from briefings.months import MONTHS

WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH: Final = (
    r"(?P<month>(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March"
    r"|April|May|June|July|August|September|October|November|December)"
)
_DAY: Final = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR: Final = r"(?P<year>(?:19|20)\d\d)(?![\d’'s]|\s*(?:%|percent))"
_WEEKDAY: Final = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR_CONTEXT: Final = (
    r"(?:\b(?:in|since|during|by|until|of|from|throughout|before|after|and|early|late|mid|for)\s+"
    r"|\b(?:the\s+)?(?:end|start|beginning|middle|spring|summer|autumn|fall|winter)\s+of\s+|mid-)"
)
_MONTH_CONTEXT: Final = (
    r"(?i:\b(?:in|since|during|early|late|mid|last|this|until|by|from|of|through|before|after"
    r"|his|her|their|its|the)\s+|’s\s+|'s\s+|mid-|(?:end|start|beginning|middle)\s+of\s+)"
)
_FUTURE: Final = frozenset(
    [
        "will",
        "shall",
        "next",
        "upcoming",
        "later",
        "plan",
        "plans",
        "planned",
        "planning",
        "scheduled",
        "expected",
        "due",
        "set",
    ]
)
_WINDOW_WORD: Final = re.compile(r"[A-Za-z]+")


def speaks_of_future(before: str) -> bool:
    """True when the nearest tense marker before a date looks ahead ("will meet on")."""
    words: list[str] = _WINDOW_WORD.findall(before[-60:].lower())  # typed: mypyc fails on Any
    for word in reversed(words):
        if word in _FUTURE:
            return True
        if word in {"said", "told", "was", "were", "had", "did"} or word.endswith("ed"):
            return False
    return False


@dataclass(init=False)  # its own __init__: mypyc compiles it, a dataclass's is interpreted
class DateMention:
    """A date expression found in a sentence; date None when it cannot be resolved."""

    start: int
    end: int
    date: dt.date | None
    precision: DatePrecision
    relative: bool

    def __init__(
        self,
        start: int,
        end: int,
        date: dt.date | None,
        precision: DatePrecision,
        relative: bool,
    ) -> None:
        self.start = start
        self.end = end
        self.date = date
        self.precision = precision
        self.relative = relative


@dataclass(init=False)  # its own __init__: mypyc compiles it, a dataclass's is interpreted
class Anchor:
    """What relative expressions are resolved against: the publication date and its precision."""

    published: dt.date | None
    precision: DatePrecision
    future: bool  # the sentence speaks of what is to come ("will meet on Friday")

    def __init__(self, published: dt.date | None, precision: DatePrecision, future: bool) -> None:
        self.published = published
        self.precision = precision
        self.future = future

    def knows(self, needed: DatePrecision) -> bool:
        """True when the publication date is at least as precise as `needed`."""
        order = {"day": 3, "month": 2, "year": 1, "unknown": 0}
        return self.published is not None and order[self.precision] >= order[needed]


def _month_of(name: str) -> int:
    return MONTHS[name.casefold().rstrip(".")]


def _shift_month(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


Resolver = Callable[[re.Match[str], Anchor], tuple[dt.date | None, DatePrecision]]


def _absolute_day(match: re.Match[str], anchor: Anchor) -> tuple[dt.date | None, DatePrecision]:
    day = _safe_date(int(match["year"]), _month_of(match["month"]), int(match["day"]))
    return day, "day" if day else "unknown"


def _iso_day(match: re.Match[str], anchor: Anchor) -> tuple[dt.date | None, DatePrecision]:
    day = _safe_date(int(match["year"]), int(match["m"]), int(match["day"]))
    return day, "day" if day else "unknown"


def _absolute_month(match: re.Match[str], anchor: Anchor) -> tuple[dt.date | None, DatePrecision]:
    return dt.date(int(match["year"]), _month_of(match["month"]), 1), "month"


def _absolute_year(match: re.Match[str], anchor: Anchor) -> tuple[dt.date | None, DatePrecision]:
    return dt.date(int(match["year"]), 1, 1), "year"


def _nearest_year(month: int, day: int, anchor: Anchor) -> dt.date | None:
    """The date with this month and day on or before publication (after it for future talk)."""
    assert anchor.published is not None
    year = anchor.published.year
    candidate = _safe_date(year, month, day)
    if candidate is None:
        return None
    if anchor.future and candidate < anchor.published:
        return _safe_date(year + 1, month, day)
    if not anchor.future and candidate > anchor.published:
        return _safe_date(year - 1, month, day)
    return candidate


def _month_day(match: re.Match[str], anchor: Anchor) -> tuple[dt.date | None, DatePrecision]:
    if not anchor.knows("day"):
        return None, "unknown"
    day = _nearest_year(_month_of(match["month"]), int(match["day"]), anchor)
    return day, "day" if day else "unknown"


def _month_only(match: re.Match[str], anchor: Anchor) -> tuple[dt.date | None, DatePrecision]:
    if not anchor.knows("month"):
        return None, "unknown"
    assert anchor.published is not None
    month = _month_of(match["month"])
    current = anchor.published.replace(day=1)
    if match["date"].lower().startswith("last"):  # "last July": the one before this month
        candidate = dt.date(current.year, month, 1)
        return (candidate if candidate < current else _shift_month(candidate, -12)), "month"
    return _nearest_year(month, 1, Anchor(current, "day", anchor.future)), "month"


def _weekday(match: re.Match[str], anchor: Anchor) -> tuple[dt.date | None, DatePrecision]:
    if not anchor.knows("day"):
        return None, "unknown"
    assert anchor.published is not None
    wanted = WEEKDAYS.index(match["weekday"].lower())
    gap = (anchor.published.weekday() - wanted) % 7
    qualifier = (match["qualifier"] or "").lower()
    if qualifier.startswith("next") or (anchor.future and not qualifier.startswith("last")):
        ahead = (wanted - anchor.published.weekday()) % 7 or (7 if qualifier else 0)
        return anchor.published + dt.timedelta(days=ahead), "day"
    if qualifier.startswith("last") and gap == 0:
        gap = 7
    return anchor.published - dt.timedelta(days=gap), "day"


def _days_away(offset: int) -> Resolver:
    def resolve(match: re.Match[str], anchor: Anchor) -> tuple[dt.date | None, DatePrecision]:
        if not anchor.knows("day"):
            return None, "unknown"
        assert anchor.published is not None
        return anchor.published + dt.timedelta(days=offset), "day"

    return resolve


def _months_away(offset: int) -> Resolver:
    def resolve(match: re.Match[str], anchor: Anchor) -> tuple[dt.date | None, DatePrecision]:
        if not anchor.knows("month"):
            return None, "unknown"
        assert anchor.published is not None
        return _shift_month(anchor.published, offset), "month"

    return resolve


def _years_away(offset: int) -> Resolver:
    def resolve(match: re.Match[str], anchor: Anchor) -> tuple[dt.date | None, DatePrecision]:
        if not anchor.knows("year"):
            return None, "unknown"
        assert anchor.published is not None
        return dt.date(anchor.published.year + offset, 1, 1), "year"

    return resolve


def _within(start: dt.date, last: dt.date) -> tuple[dt.date, DatePrecision]:
    """The finest period holding every day from `start` to `last`: a month, else a year."""
    if (start.year, start.month) == (last.year, last.month):
        return start.replace(day=1), "month"
    if start.year == last.year:
        return dt.date(start.year, 1, 1), "year"
    return start, "unknown"


def _week(offset: int) -> Resolver:
    def resolve(match: re.Match[str], anchor: Anchor) -> tuple[dt.date | None, DatePrecision]:
        if not anchor.knows("day"):
            return None, "unknown"
        assert anchor.published is not None
        monday = anchor.published - dt.timedelta(days=anchor.published.weekday() - 7 * offset)
        last = anchor.published if offset == 0 else monday + dt.timedelta(days=6)
        date, precision = _within(monday, last)
        return (date, precision) if precision != "unknown" else (None, "unknown")

    return resolve


_SEASON_START: Final = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season(match: re.Match[str], anchor: Anchor) -> tuple[dt.date | None, DatePrecision]:
    """The latest season of that name begun by publication ("last": the latest one ended)."""
    if not anchor.knows("month"):
        return None, "unknown"
    assert anchor.published is not None
    current = anchor.published.replace(day=1)
    start = dt.date(current.year, _SEASON_START[match["season"].casefold()], 1)
    while start > current or (match["last"] and _shift_month(start, 3) > current):
        start = _shift_month(start, -12)
    date, precision = _within(start, _shift_month(start, 3) - dt.timedelta(days=1))
    return (date, precision) if precision != "unknown" else (None, "unknown")


# Cased forms of the letters a case-blind match can start with ("i" also "İ" and "ı", "s" also
# "ſ", "k" also the Kelvin sign), for the rules' leading sets, which are written case by case.
_FOLDS: Final = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def either_case(letters: str) -> str:
    """Every character a case-blind match reads as one of these letters."""
    folded = {*letters.lower(), *letters.upper()}
    for letter in letters.lower():
        folded.update(_FOLDS.get(letter, ""))
    return "".join(sorted(folded))


def _rule(first: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A rule whose match opens with one of the characters `first` (the set holds every one it
    can open with), read from a lookahead behind that character; group "date" holds the match.
    A pattern that opens with a set of characters (under no case-blind flag) is searched for by
    a scan that passes over every other place at once, without trying the rule there; the match
    is the one character, so a search finds a date at every place one starts (`find_dates`
    skips those starting inside the one before, as a search from its end would)."""
    body = f"(?i:{pattern})" if flags & re.IGNORECASE else pattern
    return re.compile(f"[{re.escape(first)}](?<=(?=(?P<date>{body})).)")


_MONTH_FIRST: Final = "ADFJMNOS"
_YEAR_CONTEXT_FIRST: Final = either_case("abdefilmostuw")
_WEEKDAY_FIRST: Final = either_case("lnt") + "MTWFS"
_MONTH_CONTEXT_FIRST: Final = either_case("abdefhilmostu") + "’'"

# The three rules whose first characters are most of the lower-case letters (each tried at
# nearly every place of a sentence), searched for only near their cue (`_near_cues`).
_YEAR_IN_CONTEXT: Final = _rule(_YEAR_CONTEXT_FIRST, rf"{_YEAR_CONTEXT}{_YEAR}", re.IGNORECASE)
_WEEKDAY_RULE: Final = _rule(
    _WEEKDAY_FIRST, rf"(?i:\b(?P<qualifier>(?:last|next|this)\s+))?\b{_WEEKDAY}\b"
)
_MONTH_IN_CONTEXT: Final = _rule(_MONTH_CONTEXT_FIRST, rf"{_MONTH_CONTEXT}{_MONTH}\b(?!\s+\d)")

# Most specific first; a later rule never overlaps text an earlier one matched. Each rule names
# the cues (below) it cannot match without.
RULES: tuple[tuple[re.Pattern[str], Resolver, bool, frozenset[str]], ...] = (
    (
        _rule(_MONTH_FIRST, rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}"),
        _absolute_day,
        False,
        frozenset({"month", "digits"}),
    ),
    (
        re.compile(rf"\d(?<=(?=(?P<date>\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR})).)"),
        _absolute_day,
        False,
        frozenset({"month", "digits"}),
    ),
    (
        _rule("12", r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b"),
        _iso_day,
        False,
        frozenset({"digits"}),
    ),
    (
        _rule(_MONTH_FIRST, rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}"),
        _absolute_month,
        False,
        frozenset({"month", "digits"}),
    ),
    (
        _YEAR_IN_CONTEXT,
        _absolute_year,
        False,
        frozenset({"digits"}),
    ),
    (
        _rule(_MONTH_FIRST, rf"\b{_MONTH}\s+{_DAY}\b(?!\s*(?:%|percent|million|billion))"),
        _month_day,
        True,
        frozenset({"month"}),
    ),
    (
        _WEEKDAY_RULE,
        _weekday,
        True,
        frozenset({"weekday"}),
    ),
    (
        _rule(either_case("y"), r"\byesterday\b", re.IGNORECASE),
        _days_away(-1),
        True,
        frozenset({"yesterday"}),
    ),
    (
        _rule(either_case("t"), r"\b(?:today|tonight)\b", re.IGNORECASE),
        _days_away(0),
        True,
        frozenset({"today"}),
    ),
    (
        _rule(either_case("t"), r"\btomorrow\b", re.IGNORECASE),
        _days_away(1),
        True,
        frozenset({"tomorrow"}),
    ),
    (
        _rule(either_case("elt"), r"\b(?:earlier\s+|later\s+)?this\s+week\b", re.IGNORECASE),
        _week(0),
        True,
        frozenset({"week"}),
    ),
    (
        _rule(either_case("l"), r"\blast\s+week\b", re.IGNORECASE),
        _week(-1),
        True,
        frozenset({"week"}),
    ),
    (
        _rule(
            either_case("odilt"),
            r"\b(?:over|during|in|this|(?P<last>last))\s+(?:the\s+)?"
            r"(?P<season>spring|summer|autumn|fall|winter)\b",
            re.IGNORECASE,
        ),
        _season,
        True,
        frozenset({"season"}),
    ),
    (
        _rule(either_case("l"), r"\blast\s+month\b", re.IGNORECASE),
        _months_away(-1),
        True,
        frozenset({"month_word"}),
    ),
    (
        _rule(either_case("elt"), r"\b(?:earlier\s+|later\s+)?this\s+month\b", re.IGNORECASE),
        _months_away(0),
        True,
        frozenset({"month_word"}),
    ),
    (
        _rule(either_case("n"), r"\bnext\s+month\b", re.IGNORECASE),
        _months_away(1),
        True,
        frozenset({"month_word"}),
    ),
    (
        _rule(either_case("l"), r"\blast\s+year\b", re.IGNORECASE),
        _years_away(-1),
        True,
        frozenset({"year_word"}),
    ),
    (
        _rule(either_case("elt"), r"\b(?:earlier\s+|later\s+)?this\s+year\b", re.IGNORECASE),
        _years_away(0),
        True,
        frozenset({"year_word"}),
    ),
    (
        _rule(either_case("n"), r"\bnext\s+year\b", re.IGNORECASE),
        _years_away(1),
        True,
        frozenset({"year_word"}),
    ),
    (
        _MONTH_IN_CONTEXT,
        _month_only,
        True,
        frozenset({"month"}),
    ),
)


# Where the cue of each of the three rules searched near their cues can stand: a year, a weekday,
# a month (by its first three letters: every name and abbreviation of one opens so), each read
# from a lookahead behind its first character, as the rules are, so that every place is found.
_YEARS_AT: Final = re.compile(r"[12](?<=(?=(?:19|20)\d\d).)")
_WEEKDAYS_AT: Final = re.compile(
    r"[MTWFS](?<=(?=Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday).)"
)
_MONTHS_AT: Final = re.compile(
    r"[ADFJMNOS](?<=(?=Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec).)"
)


def _matches(pattern: re.Pattern[str], sentence: str) -> Iterable[re.Match[str]]:
    """What `pattern.finditer(sentence)` gives, for the three rules whose first characters are
    most lower-case letters searched for only near the places their cue stands (`_near_cues`)."""
    if pattern is _YEAR_IN_CONTEXT:  # "in 2019", "the end of 2019", "mid-2019"
        return _near_cues(pattern, sentence, _YEARS_AT, 3, False, 11, 7)
    if pattern is _MONTH_IN_CONTEXT:  # "in July", "the ministry’s March", "end of May"
        return _near_cues(pattern, sentence, _MONTHS_AT, 3, False, 11, 1)
    if pattern is _WEEKDAY_RULE:  # "Tuesday", "last Tuesday"
        return _near_cues(pattern, sentence, _WEEKDAYS_AT, 1, True, 10, 1)
    return pattern.finditer(sentence)


def _near_cues(
    pattern: re.Pattern[str],
    sentence: str,
    cues_at: re.Pattern[str],
    words: int,
    at_the_cue: bool,
    reach: int,
    past: int,
) -> list[re.Match[str]]:
    """The matches of `pattern.finditer(sentence)`, each found by a search of the few words
    before a place its cue can stand. A match opens at most `words` words before its cue's word
    (its context words, with spaces between them), before the cue (or at it, `at_the_cue`), and
    reads no further than `reach` characters from the cue's place, or `past` characters past the
    spaces after the cue's word: a search of that stretch finds exactly the matches opening in
    it (the pattern's look-behinds read the sentence before it; no place after it is read).
    `pattern` finds its match at every place one opens (`_rule`), so the stretches, searched in
    turn from where the one before ended, give every match in order."""
    found: list[re.Match[str]] = []
    size = len(sentence)
    done = 0  # every match opening before it found
    for cue in cues_at.finditer(sentence):
        at = cue.start()
        last = at + 1 if at_the_cue else at  # the matches for this cue open before it
        start = max(_words_back(sentence, at, words), done)
        end = at
        while end < size and not sentence[end].isspace():
            end += 1
        while end < size and sentence[end].isspace():
            end += 1
        for match in pattern.finditer(sentence, start, min(size, max(at + reach, end + past))):
            if match.start() >= last:
                break
            found.append(match)
        done = last
    return found


def _words_back(text: str, at: int, words: int) -> int:
    """Where the word `words` words before the one at `at` opens (words: runs of characters
    other than spaces, as `\\s` reads them)."""
    i = at
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    for _ in range(words):
        while i > 0 and text[i - 1].isspace():
            i -= 1
        while i > 0 and not text[i - 1].isspace():
            i -= 1
    return i


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
def _cues_in(text: str) -> frozenset[str | None]:
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


# Whether each sentence `find_dates` read last has a date expression: what `has_date` answers,
# kept for the key points, which ask it of the same sentences after the events have read them.
# (`find_dates` finds a mention exactly when one of its rules matches: the first match it reads
# overlaps nothing taken yet.) Emptied when it holds MAX_DATED sentences.
_DATED: Final[dict[str, bool]] = {}
MAX_DATED: Final = 4096


def has_date(sentence: str) -> bool:
    """Whether the sentence has a date expression at all (what `find_dates` would find one of,
    without resolving them)."""
    known = _DATED.get(sentence)
    if known is not None:
        return known
    cues = _cues_in(sentence)
    return bool(cues) and any(
        needs <= cues and pattern.search(sentence) for pattern, _, _, needs in RULES
    )


def find_dates(
    sentence: str, published: dt.date | None, precision: DatePrecision = "day"
) -> list[DateMention]:
    """Every date expression of the sentence in reading order, resolved where the anchor allows."""
    cues = _cues_in(sentence)
    if not cues:
        _dated(sentence, False)
        return []
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for pattern, resolve, relative, needs in RULES:
        if not needs <= cues:
            continue
        after = 0  # where the last date this rule found ends
        for match in _matches(pattern, sentence):
            start, end = match.span("date")
            if start < after:
                continue
            after = end
            if resolve is _month_only:
                start, end = match.span("month")
            if any(start < other_end and other_start < end for other_start, other_end in taken):
                continue
            anchor = Anchor(published, precision, speaks_of_future(sentence[:start]))
            date, date_precision = resolve(match, anchor)
            taken.append((start, end))
            found.append(DateMention(start, end, date, date_precision, relative))
    _dated(sentence, bool(found))
    return sorted(found, key=lambda mention: mention.start)


def _dated(sentence: str, dated: bool) -> None:
    if len(_DATED) >= MAX_DATED:
        _DATED.clear()
    _DATED[sentence] = dated
