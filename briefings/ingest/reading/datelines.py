"""Dates a text states on a line of their own: the publication dateline, an update line, a notice.

A dateline may carry decorations around its date: a label (`Posted on`, `Published:`), a place
(`WASHINGTON —`), a time (`at 4:05 p.m. EDT`, `T14:03:00Z`) and a byline (`By Staff Writer |`,
`… by Jane Doe`). A line whose label says it is an update gives the `updated` date; a line that
is a correction, copyright or "first published" notice gives no date at all.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from briefings.ingest.reading.spaces import single_spaced
from briefings.months import MONTHS

Kind = Literal["published", "updated", "notice"]


@dataclass(frozen=True)
class Dated:
    date: dt.date
    precision: str  # day | month | year


@dataclass(frozen=True)
class DateLine:
    """A line that states a date and nothing else but decorations."""

    dated: Dated
    kind: Kind
    byline: str | None = None  # the "By …" part, when the line has one
    labelled: bool = False  # a label says what the date is ("Published", "Posted on")
    updated: Dated | None = None  # "Published: June 3, 2016 | Updated: June 4, 2016"


_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
_ZONE = r"(?:\s*\(?(?:[A-Z]{1,2}[SD]?T|GMT|UTC|BST|CET|CEST|Z|[+-]\d{2}:?\d{2})\)?)"
_AMPM = r"(?:[ap]\.?\s?m\.?)"
_CLOCK = (
    rf"(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\.\d+)?\s*{_AMPM}?{_ZONE}?"
    rf"|\d{{1,2}}\.\d{{2}}\s*(?:{_AMPM}{_ZONE}?|{_ZONE})"
    rf"|\d{{1,2}}\s*{_AMPM}{_ZONE}?)"
)
_TIME = rf"(?:(?:at|@)\s+)?{_CLOCK}"
_SEP = r"\s*[–—|,/•·-]?\s*"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"

_UPDATE_LABEL = r"(?:last\s+)?(?:updated|update|modified|revised|edited)"
_NOTICE_LABEL = (
    r"(?:first|originally|initially)\s+(?:published|posted|appeared|ran|aired)|"
    r"corrected|correction|clarification|clarified|copyright|©|\(c\)"
)
_PUBLISHED_LABEL = r"(?:date(?:d|line)?|published|posted|filed|released|issued|created|on)"
_LABEL = re.compile(
    rf"^(?:(?P<notice>{_NOTICE_LABEL})|(?P<update>{_UPDATE_LABEL})|(?P<pub>{_PUBLISHED_LABEL}))"
    r"(?:\s+(?:on|at))?\s*[:\-–—]?\s*",
    re.I,
)

_DATE_PATTERNS = [
    # 2023-09-06, 2016-10-13T14:03:00Z, 2016-10-13 14:03
    re.compile(
        rf"^(?P<iso>(?:19|20)\d{{2}}-\d{{2}}-\d{{2}})"
        rf"(?:(?:T|\s+)\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\.\d+)?{_ZONE}?)?$",
        re.I,
    ),
    # Wednesday, September 6, 2023 / Sept. 6 2023
    re.compile(rf"^{_WEEKDAY}?{_MONTH}\s+{_DAY},?\s+{_YEAR}$", re.I),
    # Thursday 30 March 2023 / 30 March, 2023
    re.compile(rf"^{_WEEKDAY}?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}$", re.I),
    # 10/09/2016, 10-09-2016 (month first, US wire style, unless the first number exceeds 12)
    re.compile(r"^(?P<first>\d{1,2})[/-](?P<second>\d{1,2})[/-](?P<year>(?:19|20)\d{2})$"),
]
_MONTH_YEAR = re.compile(rf"^{_MONTH},?\s+{_YEAR}$", re.I)
# A place opening a wire dateline: WASHINGTON —, NASHUA, N.H. -, LONDON (Reuters) -
_PLACE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]*(?:[ ,]+[A-Z][A-Za-z.'’-]*){0,4})"
    r"(?:\s*\((?:AP|Reuters|AFP|UPI|CNN|dpa|Xinhua)\))?\s*(?:[—–]|--?|,)\s*",
)
_BY_SUFFIX = re.compile(r"^(?P<rest>.+?)\s+(?:[|,–—-]\s*)?by\s+(?P<by>[A-Z][^|]{1,60})$")
_BY_SEGMENT = re.compile(r"^by[:\s]+\S", re.I)
_SEGMENTS = re.compile(r"\s+[|•·]\s+|\s+[—–]\s+|\s+-{1,2}\s+|\s*\|\s*")
_TIME_ONLY = re.compile(rf"^{_WEEKDAY}?{_TIME}$", re.I)
_TRAILING_TIME = re.compile(rf"(?:\s*[,|–—-]?\s*|\s+){_TIME}$", re.I)
_LEADING_TIME = re.compile(rf"^{_TIME}\s*[,|–—-]?\s*", re.I)
_RELATIVE = re.compile(r"\b(?:ago|yesterday|today|tomorrow|last|next|this|now)\b", re.I)
_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
MAX_LINE = 120


def parse_dateline(line: str) -> Dated | None:
    """The publication date a standalone dateline states, or None (not just a date, or an
    update or notice line)."""
    found = read_date_line(line)
    return found.dated if found is not None and found.kind == "published" else None


def read_date_line(line: str) -> DateLine | None:
    """What a standalone date line says: its date and whether it is the publication date, an
    update or a notice; None when the line is more than a date with decorations."""
    text = single_spaced(line).strip(" .")
    if not text or len(text) > MAX_LINE or not re.search(r"\d", text):
        return None
    kind: Kind = "published"
    labelled = False
    byline: str | None = None
    match = _BY_SUFFIX.match(text)  # Posted on October 13, 2016 by Jane Doe
    if match and _looks_like_name(match["by"]):
        text, byline = match["rest"].strip(" ,|–—-"), match["by"].strip()
    dated: Dated | None = None
    updated: Dated | None = None
    for segment in (s.strip(" ,") for s in _SEGMENTS.split(text)):
        if not segment:
            continue
        if _BY_SEGMENT.match(segment):
            if byline is not None:
                return None
            byline = re.sub(r"^by[:\s]+", "", segment, flags=re.I).strip()
            continue
        if _TIME_ONLY.match(segment):
            continue
        update_label = False
        label = _LABEL.match(segment)
        if label is not None:
            labelled = True
            if label["notice"]:
                kind = "notice"
            update_label = bool(label["update"])
            segment = segment[label.end() :]
            if not segment:
                continue
        place = _PLACE.match(segment) if dated is None else None
        if place is not None and _date_of(segment[place.end() :]) is not None:
            segment = segment[place.end() :]
        found = _date_of(segment)
        if found is None and _is_place(segment):
            continue
        if found is None:
            return None
        if update_label and dated is not None and updated is None:
            updated = found  # a second date, labelled as the update
        elif dated is None:
            dated = found
            if update_label and kind == "published":
                kind = "updated"
        else:
            return None
    if dated is None or (dated.precision == "year" and not labelled):
        return None  # a year alone on a line is no dateline unless a label says so
    return DateLine(dated, kind, byline, labelled, updated)


def _date_of(text: str) -> Dated | None:
    """The date `text` is, allowing a weekday and a time around it; None if it is anything else."""
    text = text.strip(" ,.")
    label = _LABEL.match(text)
    if label is not None and not label["notice"] and not label["update"]:
        text = text[label.end() :]
    text = _LEADING_TIME.sub("", text)
    text = _TRAILING_TIME.sub("", text).strip(" ,.")
    if not text or not _HAS_YEAR.search(text):
        return None
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            return _from_match(match)
    match = _MONTH_YEAR.match(text)
    if match:
        return Dated(dt.date(int(match["year"]), MONTHS[match["month"].lower()], 1), "month")
    return _dateparser(text)


def _from_match(match: re.Match[str]) -> Dated | None:
    groups = match.groupdict()
    try:
        if groups.get("iso"):
            return Dated(dt.date.fromisoformat(groups["iso"]), "day")
        if groups.get("first"):
            first, second = int(groups["first"]), int(groups["second"])
            month, day = (second, first) if first > 12 else (first, second)
            return Dated(dt.date(int(groups["year"]), month, day), "day")
        month = MONTHS[groups["month"].lower()]
        return Dated(dt.date(int(groups["year"]), month, int(groups["day"])), "day")
    except ValueError:
        return None


def _dateparser(text: str) -> Dated | None:
    """A short written date the patterns above do not know, read by dateparser; only an
    absolute date whose year the text states (never "2 days ago", never today's date)."""
    if len(text) > 40 or len(text.split()) > 6 or _RELATIVE.search(text):
        return None
    years = {int(y) for y in _HAS_YEAR.findall(text)}
    if len(years) != 1 or re.search(r"[A-Za-z]{3,}", _strip_known_words(text)):
        return None
    data = _date_parser().get_date_data(text)
    found, period = data.date_obj, data.period
    if found is None or found.year not in years:
        return None
    if period == "year":
        return Dated(dt.date(found.year, 1, 1), "year")
    if period == "month":
        return Dated(dt.date(found.year, found.month, 1), "month")
    return Dated(found.date(), "day")


_KNOWN_WORDS = re.compile(
    r"\b(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r"|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|of|the|st|nd|rd|th"
    r"|(?-i:[A-Z]{2,4}))\b",
    re.I,
)


def _strip_known_words(text: str) -> str:
    return _KNOWN_WORDS.sub(" ", text)


@lru_cache(maxsize=1)
def _date_parser() -> Any:
    from dateparser.date import DateDataParser  # imported here: only needed for odd forms

    return DateDataParser(
        languages=["en"],
        settings={
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "DATE_ORDER": "MDY",
            "REQUIRE_PARTS": ["year"],
        },
    )


def _is_place(segment: str) -> bool:
    """`WASHINGTON`, `NASHUA, N.H.`: a capitalised place name of a wire dateline."""
    words = segment.replace(",", " ").split()
    return 0 < len(words) <= 4 and segment[:2].isupper() and not re.search(r"\d", segment)


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 6 and all(
        w[:1].isupper() or w in ("and", "&", "de", "van") for w in words
    )


def parse_published(value: str) -> Dated | None:
    """A publication date given as metadata: 2023-09-06, 2023-09, 2023, or a written date."""
    value = value.strip()
    if re.fullmatch(r"\d{4}", value):
        return Dated(dt.date(int(value), 1, 1), "year")
    if re.fullmatch(r"\d{4}-\d{2}", value):
        year, month = value.split("-")
        try:
            return Dated(dt.date(int(year), int(month), 1), "month")
        except ValueError:
            return None
    match = re.match(r"^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$", value)
    if match:
        try:
            return Dated(dt.date.fromisoformat(match[1]), "day")
        except ValueError:
            return None
    found = read_date_line(value)
    return found.dated if found is not None else None
