"""Times as UTC, whichever database returned them (imported without the digests' ORM tables)."""

from __future__ import annotations

import datetime as dt


def as_utc(value: dt.datetime) -> dt.datetime:
    """`value` in UTC; a naive value (as SQLite returns them) is taken to be UTC already."""
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
