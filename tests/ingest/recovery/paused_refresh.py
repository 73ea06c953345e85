"""`briefbot ingest` in a process that pauses inside the story refresh, for a test to SIGKILL.

Usage: python -m tests.ingest.recovery.paused_refresh SIGNAL_FILE ARGS... (the `briefbot` arguments).
Once the refresh has linked the entities (written, not committed), SIGNAL_FILE is created and
the process sleeps: a kill then lands in the middle of the refresh's transaction."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import briefings.refresh.storyline as storyline
from bot.cli import main


def _pausing(real: Any, signal_file: Path) -> Any:
    def paused(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        signal_file.touch()
        time.sleep(60)
        return result

    return paused


if __name__ == "__main__":
    signal = Path(sys.argv[1])
    storyline._link_entities = _pausing(storyline._link_entities, signal)  # full rebuild
    storyline._link_new_mentions = _pausing(storyline._link_new_mentions, signal)  # incremental
    raise SystemExit(main(sys.argv[2:]))
