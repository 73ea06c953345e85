"""The adapters' periodic ingest: `briefbot ingest ARTICLES_DIR` in a child process."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

from briefings.config import Settings

log = logging.getLogger(__name__)

# `briefbot ingest` at a lower CPU priority: when both want a core, the bot's loop gets it first.
NICE_INGEST = (
    "import os, sys; os.nice(10); from briefings.cli import main; sys.exit(main(sys.argv[1:]))"
)


def ingest_in_child(settings: Settings) -> str:
    """`briefbot ingest ARTICLES_DIR` in a child process: its analysis never holds this
    process's GIL (a long regular-expression scan would stall the event loop), it yields the CPU
    to the bot, and an article that exhausts memory ends the child, not the bot. Its last line,
    the summary. Blocking: call it in a thread."""
    done = subprocess.run(
        [sys.executable, "-c", NICE_INGEST, "ingest", str(settings.articles_dir)],
        env={**os.environ, "DATABASE_URL": settings.database_url},  # not in `ps`
        capture_output=True,
        text=True,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode not in (0, 1):  # 1: some file failed, reported on its line
        log.warning("Periodic ingest ended with status %s: %s", done.returncode, done.stderr[-500:])
    return lines[-1] if lines else ""
