"""Several processes on one database: migrations serialised, a busy database waited for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from briefings.db import open_database
from briefings.ingest import ingest_paths
from briefings.models import Article
from tests.conftest import ROOT, SEEDS

OPEN = "import sys; from briefings.db import open_database; open_database(sys.argv[1])"


def test_processes_starting_at_once_on_a_new_database_all_migrate_it(database_url: str) -> None:
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN, database_url],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    results = [(p.wait(timeout=120), p.stderr.read() if p.stderr else "") for p in processes]
    assert [code for code, _ in results] == [0] * 3, [err[-300:] for _, err in results]
    sessions = open_database(database_url)  # the schema is whole: articles can be stored
    assert not ingest_paths(sessions, [SEEDS]).failed
    sessions.kw["bind"].dispose()


HOLD = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("COMMIT")
"""


def test_an_ingest_waits_for_another_process_holding_the_write_lock(tmp_path: Path) -> None:
    """Another process holds SQLite's write lock four times the busy timeout: the ingest tries
    again with growing waits instead of dying of `database is locked`, and stores every file."""
    path = tmp_path / "busy.db"
    sessions = open_database(f"sqlite:///{path}", connect_args={"timeout": 0.5})
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path), "2"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        report = ingest_paths(sessions, [SEEDS])
    finally:
        holder.wait(timeout=30)
    assert report.count("added") == 5 and not report.failed and report.story_error is None
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 5
    sessions.kw["bind"].dispose()
