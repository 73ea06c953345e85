"""The console in a real pseudo-terminal: /help, Tab completion of a name, history across sessions."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from bot.cli import main
from tests.conftest import SEEDS

UP, TAB = "\x1b[A", "\t"


@pytest.fixture(scope="module")
def seeded_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('console') / 'seeds.db'}"
    assert main(["ingest", "--db", url, str(SEEDS)]) == 0
    return url


def _console(url: str, history: Path) -> pexpect.spawn:
    env = {
        **os.environ,
        "BRIEFBOT_HISTORY": str(history),
        "PROMPT_TOOLKIT_NO_CPR": "1",
        "TERM": "xterm",
    }
    child = pexpect.spawn(
        sys.executable,
        ["-m", "bot.cli", "console", "--db", url],
        env=env,
        encoding="utf-8",
        timeout=20,
        dimensions=(40, 120),
    )
    child.expect(">")
    return child


def test_help_completion_and_history_in_a_terminal(seeded_url: str, tmp_path: Path) -> None:
    history = tmp_path / "history"
    child = _console(seeded_url, history)
    child.send("/help\r")
    child.expect("/digest status")
    child.expect(">")
    child.send("/who Kir" + TAB)
    child.expect("John Kirby")  # the name completed from the story
    child.send("\r")
    child.expect("Mentioned")
    child.expect(">")
    child.sendeof()  # Ctrl-D leaves
    child.expect(pexpect.EOF)
    assert "/who John Kirby" in history.read_text()

    again = _console(seeded_url, history)  # a new session remembers the last one
    again.send(UP)
    again.expect("/who John Kirby")
    again.send("\r")
    again.expect("National Security Council")
    again.sendline("/quit")
    again.expect(pexpect.EOF)


def test_the_console_without_a_terminal_ends_cleanly(seeded_url: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "console", "--db", seeded_url],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0
    assert done.stdout.startswith("briefbot console")
    assert "Traceback" not in done.stderr


def test_ingest_shows_a_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'bar.db'}"
    child = pexpect.spawn(
        sys.executable,
        ["-m", "bot.cli", "ingest", "--db", url, str(SEEDS)],
        encoding="utf-8",
        timeout=60,
        dimensions=(30, 120),
    )
    child.expect(r"0/5\S* files")  # the bar, with the total known from the start
    child.expect(r"5/5\S* files")
    child.expect("ingest: 5 added")
    child.expect(pexpect.EOF)
