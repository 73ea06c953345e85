"""Date expressions in a sentence, absolute or resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from briefings.analysis.dates.cues import cues_in
from briefings.analysis.dates.resolvers import (
    Anchor,
    Resolver,
    a_season,
    a_weekday,
    absolute_day,
    absolute_month,
    absolute_year,
    days_away,
    iso_day,
    month_day,
    month_only,
    months_away,
    week_of,
    years_away,
)
from briefings.analysis.results import DatePrecision

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
        absolute_day,
        False,
        frozenset({"month", "digits"}),
    ),
    (
        re.compile(rf"\d(?<=(?=(?P<date>\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR})).)"),
        absolute_day,
        False,
        frozenset({"month", "digits"}),
    ),
    (
        _rule("12", r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b"),
        iso_day,
        False,
        frozenset({"digits"}),
    ),
    (
        _rule(_MONTH_FIRST, rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}"),
        absolute_month,
        False,
        frozenset({"month", "digits"}),
    ),
    (
        _YEAR_IN_CONTEXT,
        absolute_year,
        False,
        frozenset({"digits"}),
    ),
    (
        _rule(_MONTH_FIRST, rf"\b{_MONTH}\s+{_DAY}\b(?!\s*(?:%|percent|million|billion))"),
        month_day,
        True,
        frozenset({"month"}),
    ),
    (
        _WEEKDAY_RULE,
        a_weekday,
        True,
        frozenset({"weekday"}),
    ),
    (
        _rule(either_case("y"), r"\byesterday\b", re.IGNORECASE),
        days_away(-1),
        True,
        frozenset({"yesterday"}),
    ),
    (
        _rule(either_case("t"), r"\b(?:today|tonight)\b", re.IGNORECASE),
        days_away(0),
        True,
        frozenset({"today"}),
    ),
    (
        _rule(either_case("t"), r"\btomorrow\b", re.IGNORECASE),
        days_away(1),
        True,
        frozenset({"tomorrow"}),
    ),
    (
        _rule(either_case("elt"), r"\b(?:earlier\s+|later\s+)?this\s+week\b", re.IGNORECASE),
        week_of(0),
        True,
        frozenset({"week"}),
    ),
    (
        _rule(either_case("l"), r"\blast\s+week\b", re.IGNORECASE),
        week_of(-1),
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
        a_season,
        True,
        frozenset({"season"}),
    ),
    (
        _rule(either_case("l"), r"\blast\s+month\b", re.IGNORECASE),
        months_away(-1),
        True,
        frozenset({"month_word"}),
    ),
    (
        _rule(either_case("elt"), r"\b(?:earlier\s+|later\s+)?this\s+month\b", re.IGNORECASE),
        months_away(0),
        True,
        frozenset({"month_word"}),
    ),
    (
        _rule(either_case("n"), r"\bnext\s+month\b", re.IGNORECASE),
        months_away(1),
        True,
        frozenset({"month_word"}),
    ),
    (
        _rule(either_case("l"), r"\blast\s+year\b", re.IGNORECASE),
        years_away(-1),
        True,
        frozenset({"year_word"}),
    ),
    (
        _rule(either_case("elt"), r"\b(?:earlier\s+|later\s+)?this\s+year\b", re.IGNORECASE),
        years_away(0),
        True,
        frozenset({"year_word"}),
    ),
    (
        _rule(either_case("n"), r"\bnext\s+year\b", re.IGNORECASE),
        years_away(1),
        True,
        frozenset({"year_word"}),
    ),
    (
        _MONTH_IN_CONTEXT,
        month_only,
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
    cues = cues_in(sentence)
    return bool(cues) and any(
        needs <= cues and pattern.search(sentence) for pattern, _, _, needs in RULES
    )


def find_dates(
    sentence: str, published: dt.date | None, precision: DatePrecision = "day"
) -> list[DateMention]:
    """Every date expression of the sentence in reading order, resolved where the anchor allows."""
    cues = cues_in(sentence)
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
            if resolve is month_only:
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
