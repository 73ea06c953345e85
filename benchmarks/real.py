"""`python -m benchmarks.real`: a corpus that goes through the real ingest, and what it measures.

The corpus: every real article at hand (the seeds, PolNeAR's texts, the BBC articles) as they
are, then varied recombinations of their paragraphs (`Corpus`: other names, quotes, dates,
outlets) up to the size asked, different enough that the near-duplicate check keeps them. All of
it is ingested with full analysis, as `briefbot ingest --workers 2` does. On that database: each
command's query p99 as the bot runs it (heap frozen) and as a process that does not freeze it;
each query command end to end as the CLI runs it (a new process); and, on distinct articles into
fresh databases, ingest on 1 and 2 workers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from benchmarks.corpus import SEEDS, SHARED, Corpus
from benchmarks.queries import measure_all
from briefings.db import open_database

RESULTS = Path(__file__).with_name("results")
# The query commands, as a user types them (the lists with their default limit).
COMMANDS = (
    ("brief", "--json"),
    ("quote", "--json"),
    ("people", "--json"),
    ("timeline", "--json"),
    ("sources", "--json"),
    ("digest", "--json"),
)


def real_files(shared: Path = SHARED, seeds: Path = SEEDS) -> list[Path]:
    """Every real article file: the seeds, PolNeAR's texts and the BBC articles."""
    files = sorted(seeds.glob("*.txt"))
    if shared.is_dir():
        files += sorted((shared / "polnear-train" / "text").glob("*.txt"))
        files += sorted((shared / "bbc-summaries" / "article").glob("*/*.txt"))
    return files


def write_corpus(folder: Path, size: int, seed: int) -> dict[str, int]:
    """The real files copied into `folder`, then varied articles up to `size` files in all."""
    real = real_files()[:size]
    for number, path in enumerate(real):
        target = folder / "real" / f"{number:04d}_{path.parent.name}_{path.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    varied = max(0, size - len(real))
    Corpus(seed).write(folder / "varied", varied)
    return {"real_files": len(real), "varied_files": varied}


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _json_of(command: list[str]) -> dict[str, Any]:
    """The JSON the command prints last, with the CPU seconds it and its children used (on a
    shared machine, the figure the other sessions' load changes least)."""
    before = _children_cpu()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1:] or ["failed"]}
    found = dict(json.loads(done.stdout.strip().splitlines()[-1]))
    found["cpu_s"] = round(_children_cpu() - before, 2)
    return found


def ingest(url: str, folder: Path, workers: int) -> dict[str, Any]:
    """One ingest run in a process of its own (`benchmarks.ingest`)."""
    return _json_of([sys.executable, "-m", "benchmarks.ingest", url, str(folder), str(workers)])


def briefbot() -> list[str]:
    """The installed `briefbot` command (what a user runs), else the module."""
    script = Path(sys.executable).with_name("briefbot")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]


def end_to_end(url: str, command: tuple[str, ...], runs: int) -> dict[str, float]:
    """Wall time of the command in a new process, from start to exit (median, fastest, slowest),
    and the CPU time it used (median)."""
    times, cpu = [], []
    for _ in range(runs):
        started, used = time.perf_counter(), _children_cpu()
        subprocess.run(
            [*briefbot(), *command, "--db", url],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=True,
        )
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((_children_cpu() - used) * 1000)
    return {
        "median_ms": round(statistics.median(times), 1),
        "min_ms": round(min(times), 1),
        "max_ms": round(max(times), 1),
        "cpu_median_ms": round(statistics.median(cpu), 1),
    }


def _queries(url: str, reps: int, budget_s: float, frozen: bool) -> dict[str, Any]:
    """The query timings in a process of their own (a frozen heap cannot be thawed for good)."""
    return _json_of(
        [
            sys.executable,
            "-m",
            "benchmarks.real",
            "--queries-only",
            url,
            "--reps",
            str(reps),
            "--budget",
            str(budget_s),
            *(["--frozen"] if frozen else []),
        ]
    )


def run(
    size: int, seed: int, reps: int, ingest_files: int, e2e_runs: int, ingest_runs: int = 3
) -> dict[str, Any]:
    results: dict[str, Any] = {
        "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "commit": _commit(),
        "load_before": os.getloadavg(),
        "size": size,
        "cores": os.cpu_count(),
    }
    with tempfile.TemporaryDirectory(prefix="briefbot-real-") as tmp:
        folder = Path(tmp)
        results["corpus"] = write_corpus(folder / "corpus", size, seed)
        url = f"sqlite:///{folder / 'real.db'}"
        print(f"ingesting {size} files on 2 workers", file=sys.stderr)
        results["build"] = ingest(url, folder / "corpus", 2)
        print("queries as the bot runs them (heap frozen) and without freezing", file=sys.stderr)
        budget = 30.0
        results["queries_frozen"] = _queries(url, reps, budget, frozen=True)
        results["queries_not_frozen"] = _queries(url, reps, budget, frozen=False)
        print("each query command end to end, as the CLI runs it", file=sys.stderr)
        results["cli"] = {" ".join(c): end_to_end(url, c, e2e_runs) for c in COMMANDS}
        seeds_url = f"sqlite:///{folder / 'seeds.db'}"
        ingest(seeds_url, SEEDS, 1)
        results["cli_seeds"] = end_to_end(seeds_url, ("brief", "--json"), max(5, e2e_runs))
        print(f"ingest of {ingest_files} distinct files on 1 and 2 workers", file=sys.stderr)
        from benchmarks.scaling import measure  # it imports this module

        scaling = measure(ingest_files, ingest_runs, seed, folder / "scaling")
        results["ingest"], results["ingest_median"] = scaling["runs"], scaling["median"]
    results["load_after"] = os.getloadavg()
    return results


def _commit() -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).parent,
    )
    return done.stdout.strip()


def summary(results: dict[str, Any]) -> str:
    """The figures as a small table."""
    lines = [
        f"really ingested: {results['size']} files "
        f"({results['corpus']['real_files']} real, {results['corpus']['varied_files']} varied), "
        f"commit {results['commit']}, load {results['load_before'][0]:.1f} -> "
        f"{results['load_after'][0]:.1f} on {results['cores']} cores",
        f"build (2 workers): {results['build'].get('added')} added, "
        f"{results['build'].get('duplicate')} duplicates, "
        f"{results['build'].get('articles_per_s')} files/s",
        "query p99 ms (bot, heap frozen | not frozen):",
    ]
    frozen, thawed = results["queries_frozen"], results["queries_not_frozen"]
    for name in frozen:
        if isinstance(frozen[name], dict):
            lines.append(
                f"  {name:24} {frozen[name]['p99_ms']:8.1f} | {thawed[name]['p99_ms']:8.1f}"
            )
    lines.append("CLI end to end, median ms of a new process:")
    for name, timing in results["cli"].items():
        lines.append(
            f"  briefbot {name:20} {timing['median_ms']:8.1f} (CPU {timing['cpu_median_ms']:.1f})"
        )
    seeds = results["cli_seeds"]
    lines.append(
        f"  briefbot brief --json on the seeds {seeds['median_ms']:8.1f} "
        f"(fastest {seeds['min_ms']:.1f}, CPU {seeds['cpu_median_ms']:.1f})"
    )
    from benchmarks.scaling import summary as scaling_summary

    scaling = {
        "files": results["ingest"][0].get("files", 0) if results["ingest"] else 0,
        "runs": results["ingest"],
        "median": results.get("ingest_median", {}),
        "commit": results["commit"],
        "load_before": results["load_before"][0],
        "load_after": results["load_after"][0],
        "cores": results["cores"],
    }
    lines.append(scaling_summary(scaling))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.real", description=__doc__)
    parser.add_argument("--size", type=int, default=10_000, help="files ingested (10000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reps", type=int, default=100, help="repetitions of each query (100)")
    parser.add_argument("--ingest-files", type=int, default=1000, help="files per ingest run")
    parser.add_argument("--ingest-runs", type=int, default=3, help="ingest runs per worker count")
    parser.add_argument("--cli-runs", type=int, default=5, help="runs of each CLI command")
    parser.add_argument("--budget", type=float, default=30.0, help=argparse.SUPPRESS)
    parser.add_argument("--queries-only", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--frozen", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--output", type=Path, help="JSON file (benchmarks/results/real.json)")
    args = parser.parse_args(argv)
    if args.queries_only:
        sessions = open_database(args.queries_only)
        timings = measure_all(sessions, args.reps, args.budget, frozen=args.frozen)
        print(json.dumps({name: asdict(t) for name, t in timings.items()}))
        return 0
    results = run(
        args.size, args.seed, args.reps, args.ingest_files, args.cli_runs, args.ingest_runs
    )
    output = args.output or RESULTS / f"real-{args.size}.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(summary(results))
    print(f"\nfigures written to {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
