"""The quick kill run (`python -m benchmarks.kills --small`): a real ingest SIGKILLed in its
batches and in its refresh, then one more run stores every file once and the story answers."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.kills import main


def test_small_kill_run_holds_its_floors(tmp_path: Path) -> None:
    output = tmp_path / "kills.json"
    assert main(["--small", "--backends", "sqlite", "--output", str(output)]) == 0
    results = json.loads(output.read_text())["backends"]["sqlite"]
    for phase in ("ingest", "refresh"):
        assert results[phase]["kills"] == 1 and results[phase]["answerable"] == 1
        assert results[phase]["lost"] == 0 and results[phase]["doubled"] == 0
