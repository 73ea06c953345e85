"""The quick edit run (`python -m benchmarks.edits --small`): edits re-ingested for real cost far
less than the full rebuild they no longer need."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.edits import main


def test_small_edit_run_costs_less_than_a_rebuild(tmp_path: Path) -> None:
    output = tmp_path / "edits.json"
    assert main(["--small", "--out", str(output)]) == 0
    (run,) = json.loads(output.read_text())["runs"]
    assert run["stored"] == run["size"]  # every generated article is distinct and stored
    assert run["unchanged_s"] < run["edited_s"] < 5.0
    assert run["edited_cpu_s"] < 1.0
