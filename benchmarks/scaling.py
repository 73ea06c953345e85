"""Ingest on 1 and on 2 workers, on distinct articles, judged against issue 19's floor."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.data.corpus import Corpus
from benchmarks.measure.report import write_figures
from benchmarks.real import RESULTS, _commit, ingest, write_corpus

FLOOR = 1.7


def free_cores_time(run: dict[str, Any]) -> float:
    """Seconds the run would take on as many free cores as it has processes (at most 2 busy):
    the last refresh alone, then the parent's storing beside the workers' analysis."""
    refresh = run["cpu_last_refresh_s"]
    parent = run["cpu_parent_s"] - refresh
    if run["workers"] <= 1:
        return run["cpu_parent_s"]
    return refresh + max(parent, (parent + run["cpu_workers_s"]) / min(run["workers"], 2))


def measure(files: int, runs: int, seed: int, folder: Path, real: bool = False) -> dict[str, Any]:
    """`runs` runs on 1 and on 2 workers, alternating, each on `files` new distinct files (or,
    `real`, each on the same real articles, into its own database)."""
    corpus = Corpus(seed)
    measured: list[dict[str, Any]] = []
    if real:
        write_corpus(folder / "real-corpus", files, seed)
    for number in range(1, 2 * runs + 1):
        workers = 1 if number % 2 else 2
        articles = folder / ("real-corpus" if real else f"run-{number}")
        if not real:
            corpus.write(articles, files, start=number * 10_000_000)
        load = os.getloadavg()[0]
        print(f"run {number}: {files} files on {workers} worker(s)", file=sys.stderr)
        found = ingest(f"sqlite:///{folder / f'run-{number}.db'}", articles, workers)
        measured.append({**found, "load": round(load, 1)})
    found = {"files": files, "runs": measured, "median": medians(measured)}
    return {**found, "corpus": "real" if real else "generated"}


def medians(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """For 1 and 2 workers: the median of each figure over their runs; then the ratios."""
    keys = (
        "articles_per_s",
        "articles_per_s_before_refresh",
        "articles_per_cpu_s",
        "cpu_parent_s",
        "cpu_workers_s",
        "cpu_last_refresh_s",
        "cpu_s",
        "load",
    )
    found: dict[str, Any] = {}
    for workers in (1, 2):
        mine = [r for r in runs if r.get("workers") == workers and "error" not in r]
        if not mine:
            continue
        found[str(workers)] = {k: statistics.median(r.get(k, 0.0) for r in mine) for k in keys}
        found[str(workers)]["free_cores_s"] = statistics.median(free_cores_time(r) for r in mine)
    one, two = found.get("1"), found.get("2")
    if one and two:
        found["ratio_wall"] = round(two["articles_per_s"] / one["articles_per_s"], 2)
        found["ratio_wall_before_refresh"] = round(
            two["articles_per_s_before_refresh"] / one["articles_per_s_before_refresh"], 2
        )
        found["ratio_free_cores"] = round(one["free_cores_s"] / two["free_cores_s"], 2)
    return found


def summary(results: dict[str, Any]) -> str:
    med = results["median"]
    lines = [
        f"ingest of {results['files']} distinct {results.get('corpus', 'generated')} files into a"
        " fresh database, median of "
        f"{len(results['runs']) // 2} runs each, commit {results['commit']}, load "
        f"{results['load_before']:.1f} -> {results['load_after']:.1f} on {results['cores']} cores",
        "workers  articles/s  before last refresh  per CPU s  CPU parent / workers / last refresh",
    ]
    for workers in ("1", "2"):
        if workers in med:
            m = med[workers]
            lines.append(
                f"{workers:>7}  {m['articles_per_s']:10.1f}  {m['articles_per_s_before_refresh']:19.1f}"
                f"  {m['articles_per_cpu_s']:9.1f}  {m['cpu_parent_s']:.2f} / {m['cpu_workers_s']:.2f}"
                f" / {m['cpu_last_refresh_s']:.2f}"
            )
    if "ratio_wall" in med:
        lines.append(
            f"2 workers / 1 process: {med['ratio_wall']:.2f}x wall ({med['ratio_wall_before_refresh']:.2f}x"
            f" before the last refresh); on 2 free cores, from CPU times: "
            f"{med['ratio_free_cores']:.2f}x (floor {FLOOR}x)"
        )
    return "\n".join(lines)


# what --help prints above the options
_DESCRIPTION = """`python -m benchmarks.scaling`: ingest on 1 and on 2 workers, on distinct articles, judged.

Each run ingests its own distinct generated files (`Corpus`, never seen by another run), or with
`--real` the same real articles (`benchmarks.real`'s corpus: every real article at hand, then
varied copies up to `--files`), into a fresh SQLite database, in a process of its own (`benchmarks.processes.ingest`); runs alternate 1, 2, 1, 2, ...
and the median of each is taken. Reported: articles/s (the whole run, and before the story's last
refresh, which runs alone once the files are stored), articles per CPU second, the CPU time of
the parent (storing, refreshing) and of the workers (reading, checking, analysing), and the load.

The floor of issue 19, "2 workers >= 1.7x one process on 2 cores", needs two free cores. On a
shared machine the wall-clock ratio says little, so the CPU times also give the ratio two free
cores would show: one process's CPU time over the 2-worker run's critical path, the last refresh
(alone) plus the larger of the parent's other work and half of all the work beside it.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scaling", description=_DESCRIPTION)
    parser.add_argument("--files", type=int, default=1000, help="distinct files per run (1000)")
    parser.add_argument("--runs", type=int, default=3, help="runs on each number of workers (3)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--real",
        action="store_true",
        help="ingest the real articles at hand (then varied copies up to --files) in every run",
    )
    parser.add_argument("--small", action="store_true", help="40 files, one run each (tests)")
    parser.add_argument("--output", type=Path, help="JSON file (benchmarks/results/scaling.json)")
    args = parser.parse_args(argv)
    files, runs = (40, 1) if args.small else (args.files, args.runs)
    results: dict[str, Any] = {
        "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "commit": _commit(),
        "cores": os.cpu_count(),
        "load_before": os.getloadavg()[0],
    }
    with tempfile.TemporaryDirectory(prefix="briefbot-scaling-") as tmp:
        results.update(measure(files, runs, args.seed, Path(tmp), real=args.real))
    results["load_after"] = os.getloadavg()[0]
    name = (
        "scaling-small.json" if args.small else "scaling-real.json" if args.real else "scaling.json"
    )
    output = args.output or RESULTS / name
    write_figures(results, output, summary(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
