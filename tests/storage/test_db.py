"""Every SQLite connection the application opens is set up the same way."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from benchmarks.data.corpus import Corpus
from briefings.db import SQLITE_CACHE_KB, make_engine, open_database
from briefings.ingest import ingest_paths


def test_sqlite_connections_get_foreign_keys_wal_and_a_larger_page_cache(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'nested' / 'briefbot.db'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1  # cascades delete rows
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"  # readers never wait
        assert conn.execute(text("PRAGMA cache_size")).scalar() == -SQLITE_CACHE_KB
    assert (tmp_path / "nested" / "briefbot.db").exists()  # its folder was created
    engine.dispose()


def _written_bytes() -> int:
    """What this process has handed to write calls so far (Linux)."""
    with open("/proc/self/io", encoding="ascii") as io:
        return next(int(line.split()[1]) for line in io if line.startswith("wchar"))


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="Linux only")
def test_an_ingest_writes_its_pages_and_no_statement_journals(tmp_path: Path) -> None:
    """A batch of articles is written in a savepoint and each row of an executemany is a
    statement: SQLite journals the pages each statement changes, in a temporary file once past
    64 KiB, written again for every row (the quotes' full-text index, the mentions' links). A
    one-process ingest of 1,000 files wrote 720 MB that way beside its 84 MB of pages (about
    0.5 s of system CPU); held in memory (`temp_store`), those journals are never written."""
    Corpus(1).write(tmp_path / "files", 50, start=20_000_000)
    sessions = open_database(f"sqlite:///{tmp_path / 'briefbot.db'}")
    with sessions() as session:
        assert session.execute(text("PRAGMA temp_store")).scalar() == 2  # MEMORY
    before = _written_bytes()
    report = ingest_paths(sessions, [tmp_path / "files"])
    written = _written_bytes() - before
    sessions.kw["bind"].dispose()
    assert report.count("added") == 50
    stored = sum(p.stat().st_size for p in tmp_path.glob("briefbot.db*"))
    # the pages through the WAL and into the database, once or twice (4.9 times with the
    # journals in a file, 0.7 times without)
    assert written < 2 * stored, f"{written:,} bytes written for {stored:,} stored"
