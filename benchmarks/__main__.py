"""Ingest throughput and query latency at 1k-100k articles, as a table and JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from benchmarks.data.bulkload import analyse_templates, bulk_load
from benchmarks.data.corpus import Corpus
from benchmarks.measure.queries import AUTOCOMPLETE, measure_all
from benchmarks.measure.report import table
from briefings.db import open_database

RESULTS = Path(__file__).with_name("results")
QUERY_FLOOR_MS, AUTOCOMPLETE_FLOOR_MS, COMMAND_FLOOR_MS = 50.0, 20.0, 250.0
CLI_FLOOR_MS = 400.0  # issue 19: `briefbot brief --json` end to end on the seeds
LONG_FLOOR_S, LONG_FLOOR_MB = 10.0, 500.0  # issue 13: no file over 10 s; a few hundred MB


# what --help prints above the options
_DESCRIPTION = """`python -m benchmarks`: ingest throughput and query latency at 1k-100k articles, table and JSON."""


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=_DESCRIPTION)
    parser.add_argument("--small", action="store_true", help="quick run: 300 articles, SQLite")
    parser.add_argument("--sizes", help="stored articles, comma-separated (1000,10000,100000)")
    parser.add_argument("--backends", help="sqlite,postgres")
    parser.add_argument("--reps", type=int, help="repetitions of each query (100)")
    parser.add_argument("--ingest-articles", type=int, help="files ingested for throughput (600)")
    parser.add_argument(
        "--ingest-runs", type=int, help="ingest runs per number of processes, median taken (3)"
    )
    parser.add_argument("--templates", type=int, help="articles really analysed for the bulk load")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (1)")
    parser.add_argument("--no-discord", action="store_true", help="skip the fake-Discord run")
    parser.add_argument(
        "--no-robustness",
        action="store_true",
        help="skip the loop lag during a long ingest and the digest kill cycles (--small does:"
        " the tests run their small variants)",
    )
    parser.add_argument("--kill-cycles", type=int, default=20, help="digest kill cycles (20)")
    parser.add_argument("--output", type=Path, help="JSON file (benchmarks/results/latest.json)")
    parser.add_argument(
        "--real",
        type=int,
        metavar="SIZE",
        help="instead: SIZE files really ingested, with query p99, CLI end to end and ingest on"
        " 1 and 2 workers on them (python -m benchmarks.real)",
    )
    args = parser.parse_args(argv)
    small = args.small
    args.sizes = [
        int(s) for s in (args.sizes or ("300" if small else "1000,10000,100000")).split(",")
    ]
    args.backends = (args.backends or ("sqlite" if small else "sqlite,postgres")).split(",")
    args.reps = args.reps or (5 if small else 100)
    args.ingest_articles = args.ingest_articles or (40 if small else 600)
    args.ingest_runs = args.ingest_runs or (1 if small else 3)
    args.templates = args.templates or (60 if small else 2000)
    args.budget_s = 2.0 if small else 20.0
    args.discord_reps = 2 if small else 20
    args.output = args.output or (RESULTS / ("small.json" if small else "latest.json"))
    args.no_robustness = args.no_robustness or small
    return args


def machine() -> dict[str, Any]:
    cpu = ""
    info = Path("/proc/cpuinfo")
    if info.exists():
        cpu = next(
            (
                line.split(":", 1)[1].strip()
                for line in info.read_text().splitlines()
                if line.startswith("model name")
            ),
            "",
        )
    memory = 0.0
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        memory = int(meminfo.read_text().split()[1]) / 1048576
    return {
        "cpu": cpu or platform.processor(),
        "cores": os.cpu_count(),
        "memory_gb": round(memory, 1),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
    }


class Databases:
    """Fresh empty databases on each backend; one PostgreSQL server started when needed."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.server: Any = None
        self.server_url = os.environ.get("BENCH_POSTGRES_URL", "")
        self.count = 0

    def fresh(self, backend: str) -> str:
        self.count += 1
        if backend == "sqlite":
            return f"sqlite:///{self.folder / f'bench{self.count}.db'}"
        if not self.server_url:
            from tests.storage.postgres import TemporaryPostgres

            self.server = TemporaryPostgres()
            self.server_url = self.server.start()
        name = f"briefbot_bench_{os.getpid()}_{self.count}"
        admin = create_engine(self.server_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
            version = conn.execute(text("SHOW server_version")).scalar()
        admin.dispose()
        self.postgres_version = version
        return make_url(self.server_url).set(database=name).render_as_string(hide_password=False)

    def close(self) -> None:
        if self.server is not None:
            self.server.stop()


def _subprocess_json(module: str, *args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", module, *args], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1:] or ["failed"]}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def run(args: argparse.Namespace) -> dict[str, Any]:
    results: dict[str, Any] = {
        "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "settings": {
            "sizes": args.sizes,
            "backends": args.backends,
            "reps": args.reps,
            "seed": args.seed,
            "ingest_articles": args.ingest_articles,
            "ingest_runs": args.ingest_runs,
            "templates": args.templates,
            "ingest_on_top_of": max(args.sizes),
        },
        "ingest": {},
        "ingest_median": {},
        "load": {},
        "queries": {},
        "discord": {},
        "robustness": {},
    }
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="briefbot-bench-") as tmp:
        folder = Path(tmp)
        corpus = Corpus(args.seed)
        results["settings"]["corpus_sources"] = corpus.sources.origin
        databases = Databases(folder)
        try:
            # other files for each run: one process, then every core, args.ingest_runs times
            ingest_runs = [(w, r) for r in range(args.ingest_runs) for w in sorted({1, cores})]
            ingest_folders: list[tuple[int, Path]] = []
            for n, (workers, r) in enumerate(ingest_runs, start=1):
                ingest_folders.append((workers, folder / f"ingest{workers}-{r + 1}"))
                corpus.write(ingest_folders[-1][1], args.ingest_articles, start=n * 10_000_000)
            templates = analyse_templates(
                corpus, folder / "templates", min(args.templates, max(args.sizes)), cores
            )
            for backend in args.backends:
                results["load"][backend], results["queries"][backend] = {}, {}
                for size in args.sizes:
                    print(f"[{backend}] {size} articles: load, then queries", file=sys.stderr)
                    url = databases.fresh(backend)
                    sessions = open_database(url)
                    results["load"][backend][size] = bulk_load(
                        sessions, templates, size, corpus.people
                    )
                    timings = measure_all(sessions, args.reps, args.budget_s)
                    results["queries"][backend][size] = {k: asdict(v) for k, v in timings.items()}
                    _save(results, args.output)  # a long run keeps what it measured so far
                    sessions.kw["bind"].dispose()
                    if size == max(args.sizes) and not args.no_discord:
                        print(f"[{backend}] {size} articles: fake Discord", file=sys.stderr)
                        results["discord"][backend] = _subprocess_json(
                            "benchmarks.processes.discord_roundtrip", url, str(args.discord_reps)
                        )
                    if size == max(args.sizes):  # ingest into the story as it stands
                        print(f"[{backend}] ingest on top of {size}", file=sys.stderr)
                        results["ingest"][backend] = [
                            {
                                "run": r,
                                **_subprocess_json(
                                    "benchmarks.processes.ingest", url, str(p), str(w)
                                ),
                            }
                            for r, (w, p) in enumerate(ingest_folders, start=1)
                        ]
                        results["ingest_median"][backend] = ingest_medians(
                            results["ingest"][backend]
                        )
                        _save(results, args.output)
            if "postgres" in args.backends:
                results["machine"]["postgres"] = getattr(databases, "postgres_version", "")
        finally:
            databases.close()
    if not args.small:  # (tests/cli/test_startup.py checks what a query imports, in little time)
        results["cli_end_to_end"] = cli_end_to_end(5)
    results["long_articles"] = long_articles(args.small)
    if not args.no_robustness:
        print("loop lag while the bot ingests long articles", file=sys.stderr)
        results["robustness"]["loop_lag"] = _subprocess_json(
            "benchmarks.loop_lag", "--articles", "4", "--kb", "200"
        )
        print(f"digest: {args.kill_cycles} kill cycles around the slot", file=sys.stderr)
        results["robustness"]["digest_kills"] = _subprocess_json(
            "benchmarks.digest_kills", "--cycles", str(args.kill_cycles)
        )
    results["floors"] = floors(results, max(args.sizes))
    return results


def cli_end_to_end(runs: int) -> dict[str, Any]:
    """`briefbot brief --json` on the seeds in a new process, start to exit (issue 19)."""
    from benchmarks.real import SEEDS, end_to_end, ingest

    with tempfile.TemporaryDirectory(prefix="briefbot-cli-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'seeds.db'}"
        ingest(url, SEEDS, 1)
        return {"brief --json on the seeds": end_to_end(url, ("brief", "--json"), runs)}


def long_articles(small: bool) -> list[dict[str, Any]]:
    """One long article read, cleaned and analysed as ingest does, each size in a process of its
    own (peak memory): with the time budget, and (1 MB) without it, which shows the cost per MB."""
    runs = [("100000", "")] if small else [("1000000", ""), ("5000000", ""), ("1000000", "--full")]
    measured = []
    for size, full in runs:
        print(f"long article: {int(size):,} bytes {full}", file=sys.stderr)
        measured.append(
            _subprocess_json("benchmarks.long_articles", size, *([full] if full else []))
        )
    return measured


def ingest_medians(runs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """For each number of processes: the median articles/s of its runs, and their range."""
    medians = []
    for workers in sorted({r["workers"] for r in runs if "workers" in r}):
        rates = sorted(r["articles_per_s"] for r in runs if r.get("workers") == workers)
        medians.append(
            {
                "workers": workers,
                "runs": len(rates),
                "articles_per_s": statistics.median(rates),
                "min": rates[0],
                "max": rates[-1],
            }
        )
    return medians


def _save(results: dict[str, Any], output: Path) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")


def floors(results: dict[str, Any], size: int) -> dict[str, Any]:
    """Which floors of the issue hold at the largest size measured."""
    found: dict[str, Any] = {}
    for backend, sizes in results["queries"].items():
        for name, timing in sizes.get(size, {}).items():
            limit = AUTOCOMPLETE_FLOOR_MS if name in AUTOCOMPLETE else QUERY_FLOOR_MS
            found[f"{backend} {name} p99 < {limit:g} ms"] = timing["p99_ms"] < limit
    for backend, medians in results["ingest_median"].items():
        single: dict[str, Any] = next((m for m in medians if m.get("workers") == 1), {})
        found[f"{backend} ingest >= 50 articles/s/core"] = single.get("articles_per_s", 0) >= 50
    for article in results.get("long_articles", []):
        if "seconds" in article and not article.get("full"):
            mb = article["bytes"] / 1e6
            found[f"long article {mb:g} MB ingested < {LONG_FLOOR_S:g} s"] = (
                article["seconds"] < LONG_FLOOR_S
            )
            found[f"long article {mb:g} MB peak < {LONG_FLOOR_MB:g} MB"] = (
                article["peak_mb"] < LONG_FLOOR_MB
            )
    for name, timing in results.get("cli_end_to_end", {}).items():
        found[f"CLI end to end, {name}, median < {CLI_FLOOR_MS:g} ms"] = (
            timing["median_ms"] < CLI_FLOOR_MS
        )
    for backend, run in results["discord"].items():
        for name, timing in run.get("commands", {}).items():
            found[f"{backend} {name} p99 < {COMMAND_FLOOR_MS:g} ms"] = (
                timing["p99_ms"] < COMMAND_FLOOR_MS
            )
        found[f"{backend} bot start-up < 5 s"] = run.get("startup_to_ready_s", 99) < 5
        found[f"{backend} bot RSS < 300 MB"] = run.get("rss_peak_mb", 9999) < 300
    lag = results.get("robustness", {}).get("loop_lag")
    if lag is not None:
        found[f"event loop blocked < {lag.get('floor_ms', 100):g} ms during a long ingest"] = bool(
            lag.get("floor_met")
        )
    kills = results.get("robustness", {}).get("digest_kills")
    if kills is not None:
        found[f"digest exactly once over {kills.get('cycles', 0)} kill cycles"] = bool(
            kills.get("exactly_once")
        )
    return found


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    if args.real:
        from benchmarks import real

        return real.main(["--size", str(args.real), "--seed", str(args.seed)])
    results = run(args)
    _save(results, args.output)
    print(table(results))
    print(f"\nfigures written to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
