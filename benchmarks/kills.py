"""An ingest killed with SIGKILL at random moments, and the story one more ingest leaves."""

from __future__ import annotations

import argparse
import json
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from benchmarks.__main__ import RESULTS, Databases
from benchmarks.data.corpus import Corpus
from briefings.db import open_database
from briefings.ingest import ingest_paths
from briefings.models import Article
from briefings.refresh.state import owed
from briefings.story import Story

ROOT = Path(__file__).resolve().parents[1]
PHASES = ("ingest", "refresh")


@dataclass
class Tally:
    """What the kills of one phase on one backend did, and what the next run found."""

    kills: int = 0
    landed: int = 0  # the process was still working when killed
    lost: int = 0  # files neither stored nor a duplicate of a stored article after one more run
    doubled: int = 0  # articles stored twice (same path or same text)
    answerable: int = 0  # times the story answered after one more run
    owed_after: int = 0  # times a refresh was still owed after one more run
    problems: list[str] = field(default_factory=list)


# what --help prints above the options
_DESCRIPTION = """`python -m benchmarks.kills`: SIGKILL `briefbot ingest` at random moments, in its batches and in
its story refresh, on SQLite and PostgreSQL; after each kill one more ingest must leave every file
stored once and the story answerable."""


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.kills", description=_DESCRIPTION)
    parser.add_argument("--small", action="store_true", help="one kill per phase and backend")
    parser.add_argument("--kills", type=int, help="kills per phase and backend (20)")
    parser.add_argument("--backends", default="sqlite,postgres", help="sqlite,postgres")
    parser.add_argument("--articles", type=int, help="articles before the first kill (100)")
    parser.add_argument("--new", type=int, help="new articles before each kill (10)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (1)")
    parser.add_argument("--output", type=Path, help="JSON file (benchmarks/results/kills.json)")
    args = parser.parse_args(argv)
    args.kills = args.kills or (1 if args.small else 20)
    args.articles = args.articles or (20 if args.small else 100)
    args.new = args.new or (5 if args.small else 10)
    args.backends = args.backends.split(",")
    args.output = args.output or (RESULTS / ("kills-small.json" if args.small else "kills.json"))
    return args


def _ingest(url: str, folder: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "ingest", "--db", url, str(folder)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def _timed_run(url: str, folder: Path) -> tuple[float, float]:
    """An ingest run to its end: seconds to the last file's line, and from it to the end."""
    started = time.monotonic()
    process = _ingest(url, folder)
    last = started
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("ingest:"):
            break
        last = time.monotonic()
    process.wait()
    return last - started, time.monotonic() - last


def _kill(process: subprocess.Popen[str], delay: float, files: int, phase: str) -> bool:
    """SIGKILL `process` `delay` seconds after it starts (ingest) or after the line of its last
    file (refresh); whether it was still working then."""
    if phase == "refresh":
        assert process.stdout is not None
        seen = 0
        while seen < files:
            line = process.stdout.readline()
            if not line or line.startswith("ingest:"):
                break
            seen += not line.startswith(" ")
    time.sleep(delay)
    working = process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.wait()
    return working


def _check(sessions: sessionmaker[Session], folder: Path, person: str, tally: Tally) -> None:
    """One more run, in this process: then nothing lost or doubled, the story answerable."""
    report = ingest_paths(sessions, [folder])
    with sessions() as session:
        paths = set(session.scalars(select(Article.path)))
        rows = session.scalar(select(func.count()).select_from(Article)) or 0
        texts = session.scalar(select(func.count(func.distinct(Article.content_hash)))) or 0
        due, _ = owed(session)
    lost = [o for o in report.outcomes if o.status == "failed"]
    lost += [
        o
        for o in report.outcomes
        if o.status in ("added", "updated", "unchanged")
        and str(Path(o.path).resolve()) not in paths
    ]
    tally.lost += len(lost)
    tally.problems += [f"lost {o.path}: {o.reason}" for o in lost]
    tally.doubled += (rows - len(paths)) + (rows - texts)
    tally.owed_after += due
    story = Story(sessions)
    if story.briefing().points and story.profile(person).profile is not None:
        tally.answerable += 1
    else:
        tally.problems.append(f"story not answerable after kill {tally.kills}")


def run_backend(url: str, args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    """Both phases on one fresh database, with a folder that grows before each kill."""
    rng = random.Random(args.seed)
    corpus = Corpus(args.seed)
    written = corpus.write(folder, args.articles)
    person = corpus.article(0).people[0].name
    sessions = open_database(url)
    _timed_run(url, folder)  # the first articles stored
    written += corpus.write(folder, args.new, start=len(written))
    files_time, refresh_time = _timed_run(url, folder)  # a run like each killed one: its times
    tallies: dict[str, Tally] = {}
    for phase in PHASES:
        tally = tallies[phase] = Tally()
        for _ in range(args.kills):
            written += corpus.write(folder, args.new, start=len(written))
            if rng.random() < 0.3:  # an edit: the refresh owed regroups what it touched
                edited = rng.choice(written)
                edited.write_text(edited.read_text() + f"\nCorrection {rng.random():.6f}.\n")
            span = files_time + refresh_time if phase == "ingest" else refresh_time
            process = _ingest(url, folder)
            tally.landed += _kill(process, rng.uniform(0, span), len(written), phase)
            tally.kills += 1
            _check(sessions, folder, person, tally)
            print(f"{phase} kill {tally.kills}: {tally.problems[-1:]}", file=sys.stderr, flush=True)
    sessions.kw["bind"].dispose()
    return {
        "articles": len(written),
        "calibration_s": {"files": round(files_time, 2), "refresh": round(refresh_time, 2)},
        **{phase: asdict(t) for phase, t in tallies.items()},
    }


def floors(results: dict[str, Any]) -> dict[str, bool]:
    """0 lost, 0 doubled, the story answerable and nothing owed after every kill."""
    held = {}
    for backend, phases in results["backends"].items():
        for phase in PHASES:
            t = phases[phase]
            ok = not t["lost"] and not t["doubled"] and not t["owed_after"]
            held[f"{backend} {phase}"] = ok and t["answerable"] == t["kills"]
    return held


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    results: dict[str, Any] = {"kills_per_phase": args.kills, "backends": {}}
    with tempfile.TemporaryDirectory(prefix="briefbot-kills-") as tmp:
        databases = Databases(Path(tmp))
        try:
            for backend in args.backends:
                url = databases.fresh(backend)
                folder = Path(tmp) / f"articles-{backend}"
                results["backends"][backend] = run_backend(url, args, folder)
        finally:
            databases.close()
    results["floors"] = floors(results)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n")
    for backend, phases in results["backends"].items():
        for phase in PHASES:
            t = phases[phase]
            print(
                f"{backend:<9} {phase:<8} kills {t['kills']:>3} (working {t['landed']:>3})"
                f"  lost {t['lost']}  doubled {t['doubled']}  owed after {t['owed_after']}"
                f"  answerable {t['answerable']}/{t['kills']}"
            )
    held = results["floors"]
    print("floors:", "all hold" if all(held.values()) else f"BROKEN {held}")
    return 0 if all(held.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
