"""The quick fuzz run (`python -m benchmarks.fuzz --small`): its floors hold on 200 files."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.fuzz import main


def test_small_fuzz_run_meets_every_floor(tmp_path: Path) -> None:
    """Measured from a process already past the memory floor (a long test run is): the peak is
    the ingest's own, not that of the process that started it."""
    output = tmp_path / "fuzz.json"
    ballast = b"x" * (1100 * 1024 * 1024)  # resident, as a grown test process is
    try:
        assert main(["--small", "--output", str(output)]) == 0
    finally:
        del ballast
    result = json.loads(output.read_text())
    assert result["floors"] == {
        "0 crashes": True,
        "0 files over 10 s": True,
        "peak memory < 1 GB": True,
        "every good file stored": True,
    }
    assert result["good"] > 40 and result["statuses"]["skipped"] > 0
    assert result["unexpected_errors"] == []  # every bad file refused with a reason of ours
    assert len(result["kinds"]) >= 20  # every kind of hostile file was made
