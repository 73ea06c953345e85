"""The quick benchmark run (`python -m benchmarks --small`) still works and measures every query."""

from __future__ import annotations

import json
import time
from pathlib import Path

from benchmarks.__main__ import floors, ingest_medians, main
from benchmarks.measure.queries import LISTED

COMMANDS = ("/brief", "/quote speaker", "/quote about", "/who", "/sources", "/timeline")


def test_small_run_prints_the_table_and_writes_every_figure(tmp_path: Path, capsys: object) -> None:
    output = tmp_path / "small.json"
    started = time.perf_counter()
    assert main(["--small", "--output", str(output)]) == 0
    # a bound against a hang, not a speed floor (the figures are the benchmark's to judge)
    assert time.perf_counter() - started < 300, "the --small run must end within five minutes"

    printed = capsys.readouterr().out  # type: ignore[attr-defined]
    results = json.loads(output.read_text())
    measured = results["queries"]["sqlite"]["300"]
    assert {
        "briefing",
        "briefing_focus",
        "briefing_focus_rare",
        "briefing_since",
        "quotes_by_speaker",
        "quotes_by_word",
        "profile",
        "sources",
        "timeline",
        "digest",
        "autocomplete_names",
        "autocomplete_speakers",
    } == set(measured)
    for name, timing in measured.items():
        assert 0 < timing["median_ms"] <= timing["p99_ms"], name
        assert name in printed
    assert measured["sources"]["size"] == LISTED, "a full /sources page of the 300 stored"
    assert measured["quotes_by_speaker"]["size"] > 0, "the speaker asked about has quotes"
    assert measured["timeline"]["size"] > 0

    ingest = {run["workers"]: run for run in results["ingest"]["sqlite"]}
    assert ingest[1]["added"] > 0 and ingest[1]["failed"] == 0
    assert all(run["articles_per_s"] > 0 for run in ingest.values())
    medians = {m["workers"]: m for m in results["ingest_median"]["sqlite"]}
    assert medians[1]["articles_per_s"] == ingest[1]["articles_per_s"]  # one run: its own figure
    assert "median of 1 runs" in printed

    discord = results["discord"]["sqlite"]
    assert discord["problems"] == []
    assert set(COMMANDS) <= set(discord["commands"])
    assert discord["startup_to_ready_s"] > 0 and discord["rss_at_ready_mb"] > 0
    assert "floors:" in printed


def test_ingest_is_judged_on_the_median_of_its_runs() -> None:
    runs = [
        {"run": 1, "workers": 1, "articles_per_s": 48.0},
        {"run": 2, "workers": 2, "articles_per_s": 70.0},
        {"run": 3, "workers": 1, "articles_per_s": 55.0},
        {"run": 4, "error": ["failed"]},
        {"run": 5, "workers": 1, "articles_per_s": 51.0},
    ]
    medians = ingest_medians(runs)
    assert medians[0] == {"workers": 1, "runs": 3, "articles_per_s": 51.0, "min": 48.0, "max": 55.0}
    found = floors({"queries": {}, "ingest_median": {"sqlite": medians}, "discord": {}}, 100)
    assert found == {"sqlite ingest >= 50 articles/s/core": True}
