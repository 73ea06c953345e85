"""A story refresh killed with SIGKILL is done by whatever comes next: the next ingest (which
finds every file unchanged), `briefbot repair`, or the bot at start. Real processes, real kills,
on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.app import open_backend
from bot.cli import main
from briefings.answers import to_json
from briefings.config import Settings
from briefings.db import unit_of_work
from briefings.ingest import ingest_paths
from briefings.models import Article, Entity
from briefings.refresh.storyline import rebuild_story
from briefings.story import Story
from tests.conftest import ROOT


def _kill_in_refresh(url: str, folder: Path, tmp_path: Path) -> None:
    """Run `briefbot ingest` in a process and SIGKILL it in the middle of its story refresh."""
    signal_file = tmp_path / "in-refresh"
    signal_file.unlink(missing_ok=True)
    command = [sys.executable, "-m", "tests.ingest.recovery.paused_refresh", str(signal_file)]
    process = subprocess.Popen(
        [*command, "ingest", "--db", url, str(folder)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not signal_file.exists():
        assert process.poll() is None, "the ingest ended before its refresh"
        assert time.monotonic() < deadline, "the refresh never started"
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()


def _answers(story: Story) -> dict[str, Any]:
    return {
        "briefing": to_json(story.briefing()),
        "profile": to_json(story.profile("Kirby")),
        "people": to_json(story.people()),
        "timeline": to_json(story.timeline()),
    }


def _broken(sessions: sessionmaker[Session]) -> None:
    """What the kill left: every article stored, the story never refreshed."""
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 5
        assert session.scalar(select(func.count()).select_from(Entity)) == 0
    assert Story(sessions).profile("Kirby").profile is None


def test_the_next_ingest_finishes_a_killed_refresh(
    sessions: sessionmaker[Session], database_url: str, seeds_copy: Path, tmp_path: Path
) -> None:
    _kill_in_refresh(database_url, seeds_copy, tmp_path)
    _broken(sessions)
    again = ingest_paths(sessions, [seeds_copy])
    assert again.count("unchanged") == 5 and again.story_error is None
    story = Story(sessions)
    assert story.briefing().points and story.profile("Kirby").profile is not None
    assert ingest_paths(sessions, [seeds_copy]).count("unchanged") == 5  # nothing done twice
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 5
    healed = _answers(story)
    with unit_of_work(sessions) as session:
        rebuild_story(session)
    assert _answers(story) == healed


def test_repair_finishes_a_killed_refresh_after_an_edit(
    sessions: sessionmaker[Session],
    database_url: str,
    seeds_copy: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An edited article owes a refresh of what it touched (released in its own commit): killed,
    it is still owed, and `repair` does it without rebuilding the story."""
    assert ingest_paths(sessions, [seeds_copy]).count("added") == 5
    edited = sorted(seeds_copy.glob("*.txt"))[0]
    edited.write_text(edited.read_text() + "\nThe talks ended without a statement.\n")
    _kill_in_refresh(database_url, seeds_copy, tmp_path)
    story = Story(sessions)
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 5
    assert main(["repair", "--db", database_url]) == 0
    assert "was refreshed" in capsys.readouterr().out
    assert story.briefing().points and story.profile("Kirby").profile is not None
    healed = _answers(story)
    with unit_of_work(sessions) as session:
        rebuild_story(session)
    assert _answers(story) == healed
    assert main(["repair", "--db", database_url]) == 0
    assert "nothing to do" in capsys.readouterr().out
    assert main(["rebuild", "--db", database_url]) == 0  # owed or not
    assert "rebuilt in full" in capsys.readouterr().out
    assert _answers(story) == healed


def test_the_bot_finishes_a_killed_refresh_at_start(
    sessions: sessionmaker[Session], database_url: str, seeds_copy: Path, tmp_path: Path
) -> None:
    _kill_in_refresh(database_url, seeds_copy, tmp_path)
    _broken(sessions)
    settings = Settings(database_url=database_url, articles_dir=tmp_path / "no-articles")
    backend = open_backend(settings)  # before any ingest runs
    try:
        assert backend.story.profile("Kirby").profile is not None
        assert backend.story.briefing().points
    finally:
        backend.close()
