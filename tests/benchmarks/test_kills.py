"""The quick kill run (`python -m benchmarks.kills --small`): a real ingest SIGKILLed in its
batches and in its refresh, then one more run stores every file once and the story answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.kills import main


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_small_kill_run_holds_its_floors(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    if backend == "postgres":  # the tests' server, not one of its own
        monkeypatch.setenv("BENCH_POSTGRES_URL", request.getfixturevalue("postgres_server"))
    output = tmp_path / "kills.json"
    assert main(["--small", "--backends", backend, "--output", str(output)]) == 0
    results = json.loads(output.read_text())["backends"][backend]
    for phase in ("ingest", "refresh"):
        assert results[phase]["kills"] == 1 and results[phase]["answerable"] == 1
        assert results[phase]["lost"] == 0 and results[phase]["doubled"] == 0
