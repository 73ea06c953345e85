"""`briefbot rebuild` in bounded transactions: the same story as a rebuild in one transaction, and
a real process killed with SIGKILL between its chunks leaves the rebuild owed, which the next run
finishes. On SQLite and PostgreSQL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from benchmarks.data.corpus import Corpus
from bot.cli import main
from briefings.db import unit_of_work
from briefings.ingest import ingest_paths
from briefings.models import Entity, PointGroup, StoryState
from briefings.refresh.rebuild import rebuild_in_chunks
from briefings.refresh.storyline import rebuild_story
from tests.conftest import ROOT
from tests.story.rebuilds import dump


def _state(sessions: sessionmaker[Session]) -> tuple[int, int, int]:
    with sessions() as session:
        row = session.execute(
            select(StoryState.written, StoryState.refreshed, StoryState.rebuild)
        ).one()
        return row.written, row.refreshed, row.rebuild


def _story(sessions: sessionmaker[Session], tmp_path: Path) -> dict[str, Any]:
    files = Corpus(seed=19).write(tmp_path / "articles", 30)
    assert ingest_paths(sessions, files).count("added") == 30
    with unit_of_work(sessions) as session:
        rebuild_story(session)
    return dump(sessions)


def test_a_rebuild_in_chunks_tells_what_one_transaction_tells(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = _story(sessions, tmp_path)
    monkeypatch.setenv("BRIEFBOT_REBUILD_CHUNK", "7")
    rebuild_in_chunks(sessions)
    assert dump(sessions) == whole
    written, refreshed, _ = _state(sessions)
    assert refreshed == written  # nothing owed


def test_a_rebuild_killed_between_chunks_is_finished_by_the_next_run(
    sessions: sessionmaker[Session],
    database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    whole = _story(sessions, tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "rebuild", "--db", database_url],
        cwd=ROOT,
        env={**os.environ, "BRIEFBOT_REBUILD_CHUNK": "2"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while True:  # killed once some entities, but not all, are written again
        assert process.poll() is None, "the rebuild ended before it was caught half-way"
        assert time.monotonic() < deadline, "the rebuild never started writing"
        written, refreshed, rebuild = _state(sessions)
        with sessions() as session:
            entities = session.scalar(select(func.count()).select_from(Entity)) or 0
        if rebuild > refreshed and 0 < entities < len(whole["entities"]) // 2:
            break
        time.sleep(0.01)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    written, refreshed, rebuild = _state(sessions)
    assert rebuild > refreshed  # still owed: the next run knows
    assert dump(sessions) != whole  # part-written when killed
    assert main(["repair", "--db", database_url]) == 0
    assert "rebuilt in full" in capsys.readouterr().out
    assert dump(sessions) == whole
    written, refreshed, rebuild = _state(sessions)
    assert refreshed == written
    with sessions() as session:  # SQLite: the points' index (0024) holds every group, no other
        if session.get_bind().dialect.name == "sqlite":
            indexed = set(session.scalars(text("SELECT id FROM point_groups_fts_docsize")))
            assert indexed == set(session.scalars(select(PointGroup.id))) != set()
