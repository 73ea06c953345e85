"""No silent empty database: stderr says which database a command used when it is new or empty."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from sqlalchemy.engine import Engine, make_url


def sqlite_file_is_new(url: str) -> bool:
    """A SQLite URL whose file does not exist yet (opening it will create it)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return False
    return not Path(parsed.database).expanduser().exists()


def shown_url(url: str) -> str:
    """The URL with any password hidden; a SQLite file as its absolute path."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return str(Path(parsed.database).expanduser().resolve())
    return parsed.render_as_string(hide_password=True)


def notice_if_empty(engine: Engine, url: str, *, new: bool, err: TextIO | None = None) -> None:
    with engine.connect() as connection:  # SQL as written: nothing to compile at every start
        empty = connection.exec_driver_sql("SELECT 1 FROM articles LIMIT 1").first() is None
    if new or empty:
        state = "a new database, created now" if new else "no articles stored yet"
        print(
            f"briefbot: using {shown_url(url)} ({state}; DATABASE_URL or --db chooses another)",
            file=err or sys.stderr,
        )
