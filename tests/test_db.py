"""Every SQLite connection the application opens is set up the same way."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from briefings.db import SQLITE_CACHE_KB, make_engine


def test_sqlite_connections_get_foreign_keys_wal_and_a_larger_page_cache(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'nested' / 'briefbot.db'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1  # cascades delete rows
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"  # readers never wait
        assert conn.execute(text("PRAGMA cache_size")).scalar() == -SQLITE_CACHE_KB
    assert (tmp_path / "nested" / "briefbot.db").exists()  # its folder was created
    engine.dispose()
