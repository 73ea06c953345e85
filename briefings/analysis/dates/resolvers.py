"""How each kind of date expression resolves against the publication date (`Anchor`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from briefings.analysis.results import DatePrecision
from briefings.months import MONTHS

WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


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


def absolute_day(match: re.Match[str], anchor: Anchor) -> tuple[dt.date | None, DatePrecision]:
    """A day written in full: "3 March 2019", "March 3, 2019"."""
    day = _safe_date(int(match["year"]), _month_of(match["month"]), int(match["day"]))
    return day, "day" if day else "unknown"


def iso_day(match: re.Match[str], anchor: Anchor) -> tuple[dt.date | None, DatePrecision]:
    """A day written as numbers, year first: "2019-03-03"."""
    day = _safe_date(int(match["year"]), int(match["m"]), int(match["day"]))
    return day, "day" if day else "unknown"


def absolute_month(match: re.Match[str], anchor: Anchor) -> tuple[dt.date | None, DatePrecision]:
    """A month and its year: "March 2019"."""
    return dt.date(int(match["year"]), _month_of(match["month"]), 1), "month"


def absolute_year(match: re.Match[str], anchor: Anchor) -> tuple[dt.date | None, DatePrecision]:
    """A year alone in its context: "in 2019"."""
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


def month_day(match: re.Match[str], anchor: Anchor) -> tuple[dt.date | None, DatePrecision]:
    """A month and a day with no year: the nearest such day to publication."""
    if not anchor.knows("day"):
        return None, "unknown"
    day = _nearest_year(_month_of(match["month"]), int(match["day"]), anchor)
    return day, "day" if day else "unknown"


def month_only(match: re.Match[str], anchor: Anchor) -> tuple[dt.date | None, DatePrecision]:
    """A month with no year: the nearest one to publication ("last July": the one before)."""
    if not anchor.knows("month"):
        return None, "unknown"
    assert anchor.published is not None
    month = _month_of(match["month"])
    current = anchor.published.replace(day=1)
    if match["date"].lower().startswith("last"):  # "last July": the one before this month
        candidate = dt.date(current.year, month, 1)
        return (candidate if candidate < current else _shift_month(candidate, -12)), "month"
    return _nearest_year(month, 1, Anchor(current, "day", anchor.future)), "month"


def a_weekday(match: re.Match[str], anchor: Anchor) -> tuple[dt.date | None, DatePrecision]:
    """A weekday: the latest one by publication, or the next one for future talk."""
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


def days_away(offset: int) -> Resolver:
    """A day `offset` days from publication: "yesterday" (-1), "tomorrow" (1)."""

    def resolve(match: re.Match[str], anchor: Anchor) -> tuple[dt.date | None, DatePrecision]:
        if not anchor.knows("day"):
            return None, "unknown"
        assert anchor.published is not None
        return anchor.published + dt.timedelta(days=offset), "day"

    return resolve


def months_away(offset: int) -> Resolver:
    """The month `offset` months from publication's: "last month" (-1)."""

    def resolve(match: re.Match[str], anchor: Anchor) -> tuple[dt.date | None, DatePrecision]:
        if not anchor.knows("month"):
            return None, "unknown"
        assert anchor.published is not None
        return _shift_month(anchor.published, offset), "month"

    return resolve


def years_away(offset: int) -> Resolver:
    """The year `offset` years from publication's: "next year" (1)."""

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


def week_of(offset: int) -> Resolver:
    """The week `offset` weeks from publication's, as the finest period holding it."""

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


def a_season(match: re.Match[str], anchor: Anchor) -> tuple[dt.date | None, DatePrecision]:
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
