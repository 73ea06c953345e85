"""The cost of one edited article re-ingested beside a full rebuild, at growing story sizes."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from benchmarks.__main__ import RESULTS, Databases
from benchmarks.data.corpus import Corpus
from briefings.articles import forget
from briefings.db import open_database
from briefings.ingest import ingest_paths
from briefings.ingest.parallel import ingest_parallel
from briefings.models import Article
from briefings.refresh.dump import dump_story
from briefings.refresh.state import refresh_owed

FLOOR_S = 1.0  # issue 19: an edit at 10,000 stored costs under 1 s on top of an unchanged re-ingest
EDITS = 5
EQUALITY_UP_TO = 1000  # stored articles up to which the edits' story is compared with a rebuild


# what --help prints above the options
_DESCRIPTION = """`python -m benchmarks.edits`: the cost of one edited article re-ingested (and of one forget)
on top of an unchanged re-ingest, at growing numbers of really-ingested articles, beside a full
rebuild (`briefbot rebuild`), on SQLite and PostgreSQL. Up to EQUALITY_UP_TO stored articles the
story is rebuilt before the edits, and the story they leave is compared with the full rebuild's
(`equal_to_rebuild`, and the rows that differ by table: `differing`)."""


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.edits", description=_DESCRIPTION)
    parser.add_argument("--small", action="store_true", help="quick run: 150 articles, SQLite")
    parser.add_argument("--sizes", default="1000,3000,10000", help="stored articles")
    parser.add_argument("--backends", default="sqlite,postgres", help="sqlite,postgres")
    parser.add_argument("--workers", type=int, default=1, help="processes building the base")
    parser.add_argument("--out", type=Path, help="JSON results file (default results/edits.json)")
    return parser.parse_args(argv)


def _timed(call: Any) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def measure(
    sessions: sessionmaker[Session], folder: Path, size: int, workers: int
) -> dict[str, Any]:
    """Ingest the generated articles up to `size` for real (the ones before are stored already),
    then time re-ingests of one file unchanged and edited (EDITS of each, median), a forget, and
    a full rebuild."""
    files = sorted(p for p in folder.iterdir() if p.suffix in {".txt", ".md"})[:size]
    started = time.perf_counter()
    if workers > 1:
        ingest_parallel(sessions, files, workers=workers)
    else:
        ingest_paths(sessions, files)
    built = time.perf_counter() - started
    with sessions() as session:
        stored = int(session.scalar(select(func.count()).select_from(Article)) or 0)
    compare = stored <= EQUALITY_UP_TO
    if compare:  # edits from a story a rebuild made, so the two can be compared
        refresh_owed(sessions, full=True, force=True)
    unchanged: list[float] = []
    unchanged_cpu: list[float] = []
    edited: list[float] = []
    edited_cpu: list[float] = []
    for n in range(EDITS):
        path = files[(n * 7919) % len(files)]
        started, cpu = time.perf_counter(), time.process_time()
        ingest_paths(sessions, [path])
        unchanged.append(time.perf_counter() - started)
        unchanged_cpu.append(time.process_time() - cpu)
        text = path.read_text(encoding="utf-8")
        path.write_text(
            text + f"\nThe ministry said on Friday that talks round {n} ended without a deal.\n",
            encoding="utf-8",
        )
        started, cpu = time.perf_counter(), time.process_time()
        report = ingest_paths(sessions, [path])
        edited.append(time.perf_counter() - started)
        edited_cpu.append(time.process_time() - cpu)
        assert report.count("updated") == 1, report.summary()
    with sessions() as session:
        victim = session.scalars(select(Article.path).order_by(Article.id).limit(1)).one()
    forgot = _timed(lambda: forget(sessions, victim))
    edited_story = _dump(sessions) if compare else None
    rebuild = refresh_owed(sessions, full=True, force=True).seconds
    equality: dict[str, Any] = {}
    if edited_story is not None:
        rebuilt = _dump(sessions)
        differing = {t: _differing(edited_story[t], rebuilt[t]) for t in rebuilt}
        equality = {
            "equal_to_rebuild": edited_story == rebuilt,
            "differing": {t: n for t, n in differing.items() if n},
        }
    return {
        "stored": stored,
        "build_s": round(built, 1),
        "unchanged_s": round(statistics.median(unchanged), 3),
        "edited_s": round(statistics.median(edited), 3),
        "edit_extra_s": round(statistics.median(edited) - statistics.median(unchanged), 3),
        "edit_max_s": round(max(edited), 3),
        "edited_cpu_s": round(statistics.median(edited_cpu), 3),  # this process (SQLite's work)
        "edit_extra_cpu_s": round(
            statistics.median(edited_cpu) - statistics.median(unchanged_cpu), 3
        ),
        "load": [round(x, 1) for x in os.getloadavg()],  # the machine is shared: wall times vary
        "forget_s": round(forgot, 3),
        "rebuild_s": round(rebuild, 1),
        **equality,
    }


def _dump(sessions: sessionmaker[Session]) -> dict[str, Any]:
    with sessions() as session:
        return dump_story(session)


def _differing(a: list[Any], b: list[Any]) -> int:
    """Rows in one of two dumped tables and not in the other."""
    left, right = {repr(r) for r in a}, {repr(r) for r in b}
    return len(left ^ right)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    sizes = [150] if args.small else [int(s) for s in args.sizes.split(",")]
    backends = ["sqlite"] if args.small else args.backends.split(",")
    results: dict[str, Any] = {"floor_s": FLOOR_S, "runs": []}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        Corpus(seed=19).write(folder, max(sizes))
        databases = Databases(Path(tmp))
        try:
            for backend in backends:
                sessions = open_database(databases.fresh(backend))
                for size in sorted(sizes):  # one database grown from size to size
                    run = measure(sessions, folder, size, args.workers)
                    run.update(backend=backend, size=size)
                    results["runs"].append(run)
                    print(json.dumps(run), flush=True)
                sessions.kw["bind"].dispose()
                Corpus(seed=19).write(folder, max(sizes))  # the edited files as they were
        finally:
            databases.close()
    out = args.out or RESULTS / ("edits-small.json" if args.small else "edits.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
