"""A corpus that goes through the real ingest, and what is measured on it."""

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

from benchmarks.data.corpus import SEEDS, SHARED, Corpus
from benchmarks.measure.queries import WORDS, measure_all, pick_inputs
from benchmarks.measure.report import write_figures
from benchmarks.shaped import clone, counts
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
    """One ingest run in a process of its own (`benchmarks.processes.ingest`)."""
    return _json_of(
        [sys.executable, "-m", "benchmarks.processes.ingest", url, str(folder), str(workers)]
    )


def briefbot() -> list[str]:
    """The installed `briefbot` command (what a user runs), else the module."""
    script = Path(sys.executable).with_name("briefbot")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]


def user_env() -> dict[str, str]:
    """The environment a user's command runs in: Python caches its compiled modules (a session
    that sets PYTHONDONTWRITEBYTECODE would time the compiling of every module of the project
    at every start, which no installed copy does)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def end_to_end(url: str, command: tuple[str, ...], runs: int) -> dict[str, float]:
    """Wall time of the command in a new process, from start to exit (median, fastest, slowest),
    and the CPU time it used (median); after one run that is not timed (caches written)."""
    times, cpu = [], []
    argv = [*briefbot(), *command, "--db", url]
    env = user_env()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
    for _ in range(runs):
        started, used = time.perf_counter(), _children_cpu()
        subprocess.run(
            argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True
        )
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((_children_cpu() - used) * 1000)
    return {
        "median_ms": round(statistics.median(times), 1),
        "min_ms": round(min(times), 1),
        "max_ms": round(max(times), 1),
        "cpu_median_ms": round(statistics.median(cpu), 1),
    }


def cli_commands(url: str) -> list[tuple[str, ...]]:
    """The query commands with realistic arguments from what the database holds (those of
    `benchmarks.measure.queries`: the most quoted speakers, the most named people, a rarely named one, a
    since date)."""
    sessions = open_database(url)
    inputs = pick_inputs(sessions)
    sessions.kw["bind"].dispose()
    return [
        ("brief", "--json"),
        ("brief", "--json", "--since", inputs.since.isoformat()),
        ("brief", "--json", "--focus", inputs.people[0]),
        ("brief", "--json", "--focus", inputs.rare_people[0]),
        ("quote", "--json", inputs.speakers[0]),
        ("quote", "--json", "--about", WORDS[0]),
        ("who", inputs.people[0], "--json"),
        ("people", "--json"),
        ("sources", "--json"),
        ("timeline", "--json"),
        ("digest", "--json", "--preview", "--since", inputs.digest_since.isoformat()),
    ]


def cli_queries(url: str, runs: int) -> dict[str, dict[str, float]]:
    """Each query command as the CLI runs it: `main()` timed in a new process each run (cold
    caches, the schema check, the query, the printing), median and slowest of `runs`."""
    found: dict[str, dict[str, float]] = {}
    for command in cli_commands(url):
        walls, cpus = [], []
        for _ in range(runs):
            done = subprocess.run(
                [sys.executable, "-m", "benchmarks.processes.cli_query", url, *command],
                capture_output=True,
                text=True,
                env=user_env(),
                check=True,
            )
            timing = json.loads(done.stdout.strip().splitlines()[-1])
            walls.append(timing["wall_ms"])
            cpus.append(timing["cpu_ms"])
        found[" ".join(command)] = {
            "median_ms": round(statistics.median(walls), 1),
            "max_ms": round(max(walls), 1),
            "cpu_median_ms": round(statistics.median(cpus), 1),
            "cpu_max_ms": round(max(cpus), 1),
            "runs": runs,
        }
    return found


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


def measure_story(url: str, reps: int, e2e_runs: int, cli_runs: int) -> dict[str, Any]:
    """On one stored story: each query's latency as the bot runs it (heap frozen) and in a
    process that does not freeze it, each command as the CLI runs it (`main()` in a new
    process), and each command end to end (start to exit)."""
    print("queries as the bot runs them (heap frozen) and without freezing", file=sys.stderr)
    budget = 30.0
    found: dict[str, Any] = {"load_before": os.getloadavg()}
    found["queries_frozen"] = _queries(url, reps, budget, frozen=True)
    found["queries_not_frozen"] = _queries(url, reps, budget, frozen=False)
    print("each query command as the CLI runs it, and end to end", file=sys.stderr)
    found["cli_query"] = cli_queries(url, cli_runs)
    found["cli"] = {" ".join(c): end_to_end(url, c, e2e_runs) for c in COMMANDS}
    found["load_after"] = os.getloadavg()
    return found


def run(args: argparse.Namespace) -> dict[str, Any]:
    size, seed = args.size, args.seed
    results: dict[str, Any] = {
        "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "commit": _commit(),
        "load_before": os.getloadavg(),
        "size": size,
        "cores": os.cpu_count(),
    }
    with tempfile.TemporaryDirectory(prefix="briefbot-real-") as tmp:
        folder = Path(tmp)
        if args.reuse:  # a really-ingested database built before (its build not timed again)
            path = args.reuse
            results["corpus"] = {"reused": str(path)}
            results["build"] = {"reused": str(path)}
        else:
            results["corpus"] = write_corpus(folder / "corpus", size, seed)
            path = folder / "real.db"
            print(f"ingesting {size} files on 2 workers", file=sys.stderr)
            results["build"] = ingest(f"sqlite:///{path}", folder / "corpus", 2)
            if args.keep:  # to --reuse later, or to shape (`python -m benchmarks.shaped`)
                shutil.copyfile(path, args.keep)
        url = f"sqlite:///{path}"
        results["rows"] = counts(url)
        if args.reuse:
            results["size"] = results["rows"]["articles"]
        results.update(measure_story(url, args.reps, args.e2e_runs, args.cli_runs))
        seeds_url = f"sqlite:///{folder / 'seeds.db'}"
        ingest(seeds_url, SEEDS, 1)
        results["cli_seeds"] = end_to_end(seeds_url, ("brief", "--json"), max(5, args.e2e_runs))
        if args.ingest_files:
            print(
                f"ingest of {args.ingest_files} distinct files on 1 and 2 workers", file=sys.stderr
            )
            from benchmarks.scaling import measure  # it imports this module

            scaling = measure(args.ingest_files, args.ingest_runs, seed, folder / "scaling")
            results["ingest"], results["ingest_median"] = scaling["runs"], scaling["median"]
        if args.shaped:
            results["shaped"] = shaped(url, folder, args)
    results["load_after"] = os.getloadavg()
    return results


def shaped(source: str, folder: Path, args: argparse.Namespace) -> dict[str, Any]:
    """The really-ingested story cloned to `args.shaped` articles (`benchmarks.shaped`) on each
    backend, and measured as the really-ingested one."""
    from benchmarks.__main__ import Databases

    found: dict[str, Any] = {}
    databases = Databases(folder)
    try:
        for backend in args.backends.split(","):
            url = databases.fresh(backend)
            print(f"[{backend}] cloning to {args.shaped} articles", file=sys.stderr)
            started = time.perf_counter()
            articles = clone(source, url, args.shaped, log=lambda line: None)
            found[backend] = {
                "articles": articles,
                "clone_s": round(time.perf_counter() - started, 1),
                "rows": counts(url),
                **measure_story(url, args.reps, args.e2e_runs, args.cli_runs),
            }
            if backend == "postgres":
                found[backend]["server"] = getattr(databases, "postgres_version", "")
    finally:
        databases.close()
    return found


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
    """The figures as small tables."""
    corpus, build = results["corpus"], results["build"]
    lines = [
        f"really ingested: {results['size']} files {corpus}, commit {results['commit']}, "
        f"load {results['load_before'][0]:.1f} -> {results['load_after'][0]:.1f} "
        f"on {results['cores']} cores",
        f"build: {build}",
        *_story_lines(results),
    ]
    seeds = results["cli_seeds"]
    lines.append(
        f"briefbot brief --json on the seeds, end to end: median {seeds['median_ms']:.1f} ms "
        f"(fastest {seeds['min_ms']:.1f}, CPU {seeds['cpu_median_ms']:.1f})"
    )
    if results.get("ingest"):
        from benchmarks.scaling import summary as scaling_summary

        scaling = {
            "files": results["ingest"][0].get("files", 0),
            "runs": results["ingest"],
            "median": results.get("ingest_median", {}),
            "commit": results["commit"],
            "load_before": results["load_before"][0],
            "load_after": results["load_after"][0],
            "cores": results["cores"],
        }
        lines.append(scaling_summary(scaling))
    for backend, found in results.get("shaped", {}).items():
        lines.append(
            f"shaped {found['articles']} articles, {backend} (cloned in {found['clone_s']} s):"
        )
        lines += _story_lines(found)
    return "\n".join(lines)


def _story_lines(found: dict[str, Any]) -> list[str]:
    lines = ["  query median / p99 ms, bot (heap frozen) | not frozen:"]
    frozen, thawed = found["queries_frozen"], found["queries_not_frozen"]
    for name in frozen:
        if isinstance(frozen[name], dict):
            f, t = frozen[name], thawed.get(name, {})
            lines.append(
                f"    {name:24} {f['median_ms']:7.1f} / {f['p99_ms']:7.1f} | "
                f"{t.get('median_ms', 0):7.1f} / {t.get('p99_ms', 0):7.1f}"
            )
    lines.append("  as the CLI runs it (main() in a new process), median / slowest ms, CPU:")
    for name, t in found["cli_query"].items():
        lines.append(
            f"    {name[:48]:48} {t['median_ms']:7.1f} / {t['max_ms']:7.1f} "
            f"(CPU {t['cpu_median_ms']:.1f} / {t['cpu_max_ms']:.1f})"
        )
    lines.append("  end to end (start to exit), median ms:")
    for name, t in found["cli"].items():
        lines.append(f"    briefbot {name:20} {t['median_ms']:8.1f} (CPU {t['cpu_median_ms']:.1f})")
    return lines


# what --help prints above the options
_DESCRIPTION = """`python -m benchmarks.real`: a corpus that goes through the real ingest, and what it measures.

The corpus: every real article at hand (the seeds, PolNeAR's texts, the BBC articles) as they
are, then varied recombinations of their paragraphs (`Corpus`: other names, quotes, dates,
outlets) up to the size asked, different enough that the near-duplicate check keeps them. All of
it is ingested with full analysis, as `briefbot ingest --workers 2` does. On that database: each
command's query p99 as the bot runs it (heap frozen) and as a process that does not freeze it;
each query command end to end as the CLI runs it (a new process); and, on distinct articles into
fresh databases, ingest on 1 and 2 workers.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.real", description=_DESCRIPTION)
    parser.add_argument("--size", type=int, default=10_000, help="files ingested (10000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reps", type=int, default=100, help="repetitions of each query (100)")
    parser.add_argument(
        "--ingest-files", type=int, default=1000, help="files per ingest run (0: no ingest runs)"
    )
    parser.add_argument("--ingest-runs", type=int, default=3, help="ingest runs per worker count")
    parser.add_argument(
        "--e2e-runs", "--cli-runs", type=int, default=5, help="end-to-end runs of each command"
    )
    parser.add_argument(
        "--cli-query-runs",
        dest="cli_runs",
        type=int,
        default=10,
        help="new processes timing each command's main() (10)",
    )
    parser.add_argument(
        "--reuse", type=Path, help="a really-ingested SQLite file built before (not rebuilt)"
    )
    parser.add_argument(
        "--shaped",
        type=int,
        default=0,
        help="also clone the story to this many articles and measure it (e.g. 100000)",
    )
    parser.add_argument("--backends", default="sqlite,postgres", help="for --shaped")
    parser.add_argument("--budget", type=float, default=30.0, help=argparse.SUPPRESS)
    parser.add_argument("--queries-only", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--frozen", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--keep", type=Path, help="copy the really-ingested database to this file once built"
    )
    parser.add_argument(
        "--output",
        type=Path,
        help="JSON file (benchmarks/results/real-SIZE[-shaped-N].json; with --reuse FILE: "
        "reused-NAME.json)",
    )
    args = parser.parse_args(argv)
    if args.queries_only:
        sessions = open_database(args.queries_only)
        timings = measure_all(sessions, args.reps, args.budget, frozen=args.frozen)
        print(json.dumps({name: asdict(t) for name, t in timings.items()}))
        return 0
    results = run(args)
    name = f"real-{args.size}" + (f"-shaped-{args.shaped}" if args.shaped else "")
    if args.reuse:  # its size is not --size
        name = f"reused-{args.reuse.stem}" + (f"-shaped-{args.shaped}" if args.shaped else "")
    output = args.output or RESULTS / f"{name}.json"
    write_figures(results, output, summary(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
