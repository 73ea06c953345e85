"""An ingest of generated hostile files mixed with good ones, against issue 13's floors."""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.data.corpus import SEEDS, SHARED
from benchmarks.measure.memory import memory_mb

RESULTS = Path(__file__).with_name("results")
HANG_S, MEMORY_MB = 10.0, 1024.0
POOL = SHARED / "polnear-train" / "text"

Maker = Callable[[Path, random.Random, list[str]], None]


def _prose(rng: random.Random, pool: list[str], paragraphs: int) -> str:
    return "\n\n".join(rng.choice(pool) for _ in range(paragraphs))


def _good(path: Path, rng: random.Random, pool: list[str]) -> None:
    """A good article: paragraphs each joined from two of the pool's, so that no two good files
    are near-duplicates (three paragraphs of the pool alone sometimes were)."""
    title = f"Report {rng.randrange(10**9)} on the {rng.choice(pool).split()[0]} talks"
    body = "\n\n".join(f"{rng.choice(pool)} {rng.choice(pool)}" for _ in range(rng.randint(3, 8)))
    path.with_suffix(".txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")


def _text_file(body: Callable[[random.Random, list[str]], bytes], suffix: str = ".txt") -> Maker:
    def make(path: Path, rng: random.Random, pool: list[str]) -> None:
        path.with_suffix(suffix).write_bytes(body(rng, pool))

    return make


def _front(block: str) -> Callable[[random.Random, list[str]], bytes]:
    return lambda rng, pool: f"---\n{block}\n---\n{_prose(rng, pool, 2)}\n".encode()


def _link(target: Callable[[Path], str]) -> Maker:
    def make(path: Path, rng: random.Random, pool: list[str]) -> None:
        path.with_suffix(".txt").symlink_to(target(path))

    return make


def _loop(path: Path, rng: random.Random, pool: list[str]) -> None:
    a, b = path.with_suffix(".txt"), path.with_name(path.name + "-b.txt")
    a.symlink_to(b)
    b.symlink_to(a)


def _fifo(path: Path, rng: random.Random, pool: list[str]) -> None:
    os.mkfifo(path.with_suffix(".txt"))


def _too_large(path: Path, rng: random.Random, pool: list[str]) -> None:
    with path.with_suffix(".txt").open("wb") as file:  # sparse: no disk used
        file.truncate(6 * 1024 * 1024)


def _manifest(path: Path, rng: random.Random, pool: list[str]) -> None:
    folder = path.with_suffix("")
    folder.mkdir()
    deep = rng.choice([100_000, 10_000])
    (folder / "manifest.json").write_text("[" * deep + "]" * deep, encoding="utf-8")
    _good(folder / f"{folder.name}-article", rng, pool)  # its folder is still ingested


def _random_bytes(rng: random.Random, pool: list[str]) -> bytes:
    return rng.randbytes(rng.randint(1, 20_000))


def _late_nul(rng: random.Random, pool: list[str]) -> bytes:
    text = _prose(rng, pool, 20).encode()
    at = rng.randint(8200, max(8201, len(text)))
    return text[:at] + b"\x00" + text[at:]


def _controls(rng: random.Random, pool: list[str]) -> bytes:
    text = list(_prose(rng, pool, 4))
    for _ in range(rng.randint(1, 40)):
        text.insert(rng.randrange(len(text)), chr(rng.choice([1, 7, 8, 11, 27, 31, 127])))
    return "".join(text).encode()


def _private_use(rng: random.Random, pool: list[str]) -> bytes:
    odd = "".join(chr(rng.randint(0xE000, 0xE1FF)) for _ in range(rng.randint(1, 5)))
    return f"Odd\n\n{odd}\n\n{_prose(rng, pool, 2)}\n".encode()


def _one_line(rng: random.Random, pool: list[str]) -> bytes:
    size = rng.choice([50_000, 200_000, 1_000_000])
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(rng.choice(pool).replace(".", ""))
        total += len(parts[-1]) + 1
    return ("Endless\n\n" + " ".join(parts)).encode()


def _open_quote(rng: random.Random, pool: list[str]) -> bytes:
    return ("Open quote\n\n“" + " ".join(rng.choice(pool) for _ in range(200))).encode()


def _encoding(rng: random.Random, pool: list[str]) -> bytes:
    text = f"Encoded\n\n{_prose(rng, pool, 2)}"
    return rng.choice(
        [
            lambda: text.encode("utf-16"),
            lambda: text.encode("cp1252", "replace"),
            lambda: text.encode("latin-1", "replace") + bytes([0x81, 0x8D, 0x90]),
            lambda: b"\xef\xbb\xbf" + text.encode(),
            lambda: text.encode()[: rng.randint(1, 200)] + b"\xff\xfe\xc3",
        ]
    )()


def _deep_html(rng: random.Random, pool: list[str]) -> bytes:
    deep = rng.choice([1000, 20_000])
    return ("<html><body>" + "<div>" * deep + _prose(rng, pool, 2) + "</div>" * deep).encode()


def _empty(rng: random.Random, pool: list[str]) -> bytes:
    return rng.choice([b"", b"   \n\n\t", b"---\n---\n", b"\xef\xbb\xbf"])


HOSTILE: dict[str, Maker] = {
    "random-bytes": _text_file(_random_bytes),
    "late-nul": _text_file(_late_nul),
    "control-chars": _text_file(_controls),
    "private-use": _text_file(_private_use),
    "odd-encoding": _text_file(_encoding),
    "open-quote": _text_file(_open_quote),
    "empty": _text_file(_empty),
    "yaml-deep": _text_file(_front("x: " + "[" * 1000 + "]" * 1000), ".md"),
    "yaml-indent": _text_file(_front("".join(" " * i + "a:\n" for i in range(200))), ".md"),
    "yaml-timestamp": _text_file(_front("title: T\npublished: !!timestamp 2023-13-45"), ".md"),
    "yaml-int": _text_file(_front("title: !!int abc"), ".md"),
    "yaml-nul": _text_file(_front('title: "a\\0b"'), ".md"),
    "yaml-bigint": _text_file(_front("title: " + "9" * 5000), ".md"),
    "deep-html": _text_file(_deep_html, ".html"),
    "fifo": _fifo,
    "dev-zero": _link(lambda path: "/dev/zero"),
    "outside": _link(lambda path: "/etc/passwd"),
    "broken-link": _link(lambda path: str(path) + "-nowhere"),
    "loop": _loop,
    "too-large": _too_large,
    "manifest": _manifest,
}
# Rare, costly kinds: no more than this share of the files.
HEAVY = {"one-line": _text_file(_one_line)}


def generate(folder: Path, files: int, seed: int) -> dict[str, str]:
    """`files` files in `folder`, about a third good; file stem → kind."""
    rng = random.Random(seed)
    # PolNeAR's paragraphs when the shared data is there, else the seeds' (a bare clone, CI)
    texts = sorted(POOL.glob("*.txt"))[:300] or sorted(SEEDS.glob("*.txt"))
    pool = [
        p.strip()
        for path in texts
        for p in path.read_text(encoding="utf-8").split("\n")[1:]
        if len(p.strip()) > 80
    ]
    kinds: dict[str, str] = {}
    names = [*HOSTILE]
    heavy = max(1, files // 200)
    for n in range(files):
        if n < heavy:
            kind = "one-line"
        elif rng.random() < 0.35:
            kind = "good"
        else:
            kind = rng.choice(names)
        stem = folder / f"{n:05d}-{kind}"
        maker = _good if kind == "good" else HEAVY.get(kind) or HOSTILE[kind]
        maker(stem, rng, pool)
        kinds[stem.name] = kind
        if kind == "manifest":
            kinds[f"{stem.name}-article"] = "good"
    return kinds


def child(folder: Path, db: Path, workers: int, output: Path) -> None:
    """The ingest, in this process: each file timed, the outcomes written to `output`."""
    from briefings.db import open_database
    from briefings.ingest import pipeline
    from briefings.ingest.parallel import ingest_parallel

    spent: dict[str, float] = {}  # file name -> seconds reading and analysing it
    read, analysed = pipeline.read_article, pipeline.analysed

    def timed(name: str, work: Callable[[], Any]) -> Any:
        started = time.perf_counter()
        try:
            return work()
        finally:
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - started

    def reading(path: Path, *args: Any) -> Any:
        return timed(path.name, lambda: read(path, *args))

    def analysing(shown: str, doc: Any) -> Any:
        return timed(Path(shown).name, lambda: analysed(shown, doc))

    pipeline.read_article = reading  # type: ignore[assignment]
    pipeline.analysed = analysing  # type: ignore[assignment]
    sessions = open_database(f"sqlite:///{db}")
    started = time.perf_counter()
    if workers > 1:
        report = ingest_parallel(sessions, [folder], workers)
    else:
        report = pipeline.ingest_paths(sessions, [folder])
    seconds = time.perf_counter() - started
    slowest = sorted(((t, name) for name, t in spent.items()), reverse=True)
    # this process's own peak (VmHWM starts again at exec; ru_maxrss would carry the size of the
    # process that started it, a test run's included) and its workers' (forked from it)
    workers_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    output.write_text(
        json.dumps(
            {
                "peak_mb": max(memory_mb("VmHWM"), workers_mb),
                "seconds": seconds,
                "slowest": slowest[:10],
                "outcomes": [(o.path, o.status, o.reason) for o in report.outcomes],
                "story_error": report.story_error,
            }
        )
    )


def run(files: int, seed: int, workers: int, timeout: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="briefbot-fuzz-", ignore_cleanup_errors=True) as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        started = time.perf_counter()
        kinds = generate(folder, files, seed)
        generated = time.perf_counter() - started
        output = Path(tmp) / "outcomes.json"
        command = [sys.executable, "-m", "benchmarks.fuzz", "--child", str(folder)]
        command += ["--db", str(Path(tmp) / "fuzz.db"), "--workers", str(workers)]
        command += ["--output", str(output)]
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        try:
            finished = subprocess.run(command, timeout=timeout, capture_output=True, text=True)
            code, stderr = finished.returncode, finished.stderr
        except subprocess.TimeoutExpired:
            code, stderr = None, "timed out"
        result = json.loads(output.read_text()) if output.exists() else {}
        # the child's own figure; from its exit status alone when it died before writing one
        peak_mb = result.get(
            "peak_mb", max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
        )
    outcomes = result.get("outcomes", [])
    by_stem = {Path(path).stem: status for path, status, _ in outcomes}
    good = [stem for stem, kind in kinds.items() if kind == "good"]
    lost = [stem for stem in good if by_stem.get(stem) != "added"]
    hangs = [(s, name) for s, name in result.get("slowest", []) if s > HANG_S]
    statuses = Counter(status for _, status, _ in outcomes)
    crashed = code != 0 or not outcomes
    # A file refused with an exception's name, not a reason of ours: a bug caught on its line.
    unexpected = sorted({r for _, s, r in outcomes if s == "failed" and "Error" in r})
    return {
        "files": files,
        "seed": seed,
        "workers": workers,
        "kinds": Counter(kinds.values()),
        "generate_s": round(generated, 1),
        "ingest_s": round(result.get("seconds", 0.0), 1),
        "exit_code": code,
        "stderr_tail": stderr[-2000:] if code != 0 else "",
        "outcomes": len(outcomes),
        "statuses": statuses,
        "crashes": int(crashed),
        "unexpected_errors": unexpected[:10],
        "slowest_s": result.get("slowest", [])[:5],
        "hangs_over_10s": len(hangs),
        "peak_mb": round(peak_mb, 1),
        "good": len(good),
        "good_not_stored": lost[:20],
        "floors": {
            "0 crashes": not crashed,
            "0 files over 10 s": not hangs and code is not None,
            "peak memory < 1 GB": peak_mb < MEMORY_MB,
            "every good file stored": not lost,
        },
    }


# what --help prints above the options
_DESCRIPTION = """`python -m benchmarks.fuzz`: ingest a folder of generated hostile files mixed with good ones.

Floors (issue 13): 0 crashes, 0 files over 10 s, peak memory under 1 GB, every good file stored.
The ingest runs in a child process (its peak memory and exit status measured), timing each file.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fuzz", description=_DESCRIPTION)
    parser.add_argument("--small", action="store_true", help="200 files (the tests run this)")
    parser.add_argument("--files", type=int, help="files to generate (10,000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=1, help="ingest processes (1)")
    parser.add_argument("--output", type=Path, help="JSON file (benchmarks/results/fuzz.json)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        child(args.child, args.db, args.workers, args.output)
        return 0
    files = args.files or (200 if args.small else 10_000)
    result = run(files, args.seed, args.workers, timeout=max(600.0, files * HANG_S / 10))
    output = args.output or RESULTS / ("fuzz-small.json" if args.small else "fuzz.json")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, indent=2, default=str) + "\n")
    keys = ("files", "ingest_s", "exit_code", "statuses", "crashes", "unexpected_errors")
    for key in (*keys, "hangs_over_10s"):
        print(f"{key}: {result[key]}")
    print(f"peak memory: {result['peak_mb']} MB; slowest files: {result['slowest_s'][:3]}")
    print(f"good files: {result['good']}, not stored: {result['good_not_stored']}")
    if result["stderr_tail"]:
        print(result["stderr_tail"])
    print(
        "floors: "
        + ", ".join(f"{k} {'met' if v else 'NOT met'}" for k, v in result["floors"].items())
    )
    return 0 if all(result["floors"].values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
