"""Ingest throughput with full analysis, one process and every core, with peak memory.

Each run is its own process (`python -m benchmarks.processes.ingest URL FOLDER WORKERS`) so that peak
memory is the ingest's alone; it prints one JSON object.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.measure.memory import memory_mb
from benchmarks.measure.ranks import percentile
from briefings.db import open_database
from briefings.ingest import FileOutcome
from briefings.ingest.parallel import ingest_parallel

_SELF, _CHILDREN = resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN
TOGETHER = 0.001  # seconds: outcomes reported closer than this came out of one commit


def _cpu(who: int) -> float:
    used = resource.getrusage(who)
    return used.ru_utime + used.ru_stime


def run(url: str, folder: Path, workers: int) -> dict[str, Any]:
    sessions = open_database(url)
    stamps: list[float] = []
    last_cpu = [0.0]  # this process's CPU time at the last outcome (the last refresh follows)

    def seen(_outcome: FileOutcome) -> None:
        stamps.append(time.perf_counter())
        last_cpu[0] = _cpu(_SELF)

    started, own, children = time.perf_counter(), _cpu(_SELF), _cpu(_CHILDREN)
    # as `briefbot ingest --workers N` runs it (one: in this process, start-up's heap frozen)
    report = ingest_parallel(sessions, [folder], workers, on_outcome=seen)
    finished = time.perf_counter()
    parent_cpu, workers_cpu = _cpu(_SELF) - own, _cpu(_CHILDREN) - children  # pool joined
    sessions.kw["bind"].dispose()
    gaps = _shares(started, stamps)
    files = len(stamps)
    articles_s = stamps[-1] - started if stamps else 0.0
    return {
        "workers": workers,
        "files": files,
        "added": report.count("added"),
        "duplicate": report.count("duplicate"),
        "failed": report.count("failed"),
        "total_s": round(finished - started, 2),
        # read + analyse + store every file, with the story refreshed every REFRESH_EVERY added
        "articles_s": round(articles_s, 2),
        "refresh_story_s": round(finished - stamps[-1], 2) if stamps else 0.0,  # the last refresh
        "articles_per_s": round(files / (finished - started), 1),
        "articles_per_s_before_refresh": round(files / articles_s, 1) if articles_s else 0.0,
        # CPU seconds of the run alone (no start-up): this process (reading, checking and
        # analysing in one process; storing and the story refresh always) and its workers
        "cpu_parent_s": round(parent_cpu, 2),
        "cpu_workers_s": round(workers_cpu, 2),
        "cpu_last_refresh_s": round(own + parent_cpu - last_cpu[0], 2) if stamps else 0.0,
        "articles_per_cpu_s": round(files / max(parent_cpu + workers_cpu, 0.01), 1),
        "per_article_median_ms": round(statistics.median(gaps), 1) if gaps else 0.0,
        "per_article_p99_ms": round(percentile(gaps, 99), 1) if gaps else 0.0,
        "peak_rss_mb": memory_mb("VmHWM"),  # this program's own peak (ru_maxrss outlives exec)
        "peak_rss_worker_mb": round(
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1
        ),
    }


def _shares(started: float, stamps: list[float]) -> list[float]:
    """Milliseconds per article: outcomes are reported a batch at a time (once committed), each
    batch's wait since the previous one shared by its articles."""
    shares: list[float] = []
    group: list[float] = []
    last = started
    for stamp in [*stamps, float("inf")]:
        if group and stamp - group[-1] > TOGETHER:
            shares += [(group[-1] - last) * 1000 / len(group)] * len(group)
            last, group = group[-1], []
        group.append(stamp)
    return shares


def main(argv: list[str]) -> None:
    print(json.dumps(run(argv[0], Path(argv[1]), int(argv[2]))))


if __name__ == "__main__":
    main(sys.argv[1:])
