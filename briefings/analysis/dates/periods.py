"""The days a date stands for at its precision: a day, the whole month, or the whole year."""

from __future__ import annotations

import datetime as dt

__all__ = ["date_period"]


def date_period(date: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    """The first day and the day after the last of the period `date` stands for at `precision`
    ("day", "month" or "year"; any other as a day): [start, end)."""
    if precision == "year":
        return dt.date(date.year, 1, 1), dt.date(date.year + 1, 1, 1)
    if precision == "month":
        start = date.replace(day=1)
        return start, (start + dt.timedelta(days=32)).replace(day=1)
    return date, date + dt.timedelta(days=1)
