"""The 1-versus-2-workers benchmark runs, and shows the work where the design puts it."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.scaling import free_cores_time, main


def test_small_scaling_run_reports_both_worker_counts(tmp_path: Path, capsys: object) -> None:
    output = tmp_path / "scaling.json"
    assert main(["--small", "--output", str(output)]) == 0
    results = json.loads(output.read_text())
    one, two = results["median"]["1"], results["median"]["2"]
    runs = {run["workers"]: run for run in results["runs"]}
    assert runs[1]["added"] == runs[2]["added"] == 40, "distinct files: every one stored"
    assert one["articles_per_s"] > 0 and two["articles_per_cpu_s"] > 0
    # one process does everything itself; with workers the analysis is theirs, not the parent's
    assert one["cpu_workers_s"] == 0 and two["cpu_workers_s"] > 0
    assert two["cpu_parent_s"] < one["cpu_parent_s"]
    assert results["median"]["ratio_free_cores"] > 0
    assert "on 2 free cores" in capsys.readouterr().out  # type: ignore[attr-defined]


def test_free_cores_time_puts_the_last_refresh_alone() -> None:
    run = {"workers": 2, "cpu_parent_s": 3.0, "cpu_workers_s": 8.0, "cpu_last_refresh_s": 1.0}
    assert free_cores_time(run) == 1.0 + (2.0 + 8.0) / 2
    one = {"workers": 1, "cpu_parent_s": 10.0, "cpu_workers_s": 0.0, "cpu_last_refresh_s": 1.0}
    assert free_cores_time(one) == 10.0


def test_real_scaling_run_ingests_the_same_real_articles_on_each_worker_count(
    tmp_path: Path,
) -> None:
    output = tmp_path / "scaling-real.json"
    assert main(["--small", "--real", "--output", str(output)]) == 0
    results = json.loads(output.read_text())
    assert results["corpus"] == "real"
    runs = {run["workers"]: run for run in results["runs"]}
    # the seeds come first among the real articles; both runs store the same ones
    assert runs[1]["added"] == runs[2]["added"] > 0
    assert runs[1]["added"] + runs[1]["duplicate"] == 40
