"""Time to draw each picture (`python -m benchmarks.charts`): the seeds and a large story.

The large story has 500 events, 200 articles, 10 people; the first drawing in a process also pays
matplotlib's import."""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from briefings.answers import Profile, SourceItem, SourceRef, Tie, TimelineEvent
from briefings.charts import Chart, coverage_chart, network_chart, timeline_chart
from briefings.db import open_database
from briefings.ingest import ingest_paths
from briefings.story import Story

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
COLD = "import time; t = time.perf_counter(); import matplotlib.figure, matplotlib.backends.backend_agg; print(time.perf_counter() - t)"


def large(events: int, articles: int) -> tuple[list[TimelineEvent], list[SourceItem], Profile]:
    """A story as big as the bot shows: every event and article distinct, with mixed precision."""
    start, now = dt.date(2021, 1, 1), dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    precisions = ["day", "day", "day", "month", "year"]
    refs = [
        SourceRef(n, f"{n}.txt", f"Title {n}", f"Outlet {n % 14}", start + dt.timedelta(n), "day")
        for n in range(1, articles + 1)
    ]
    timeline = [
        TimelineEvent(
            start + dt.timedelta(days=2 * i),
            precisions[i % 5],
            f"Officials said on the day that talks number {i} between the two sides went on.",
            [refs[i % articles], refs[(i * 7) % articles]],
        )
        for i in range(events)
    ]
    sources = [
        SourceItem(r.article_id, r.path, r.title, r.outlet, None, None, r.published,
                   precisions[r.article_id % 5], [], now)
        for r in refs
    ]  # fmt: skip
    ties = [
        Tie(f"Person Number {k}", list(range(1, 40 - 3 * k)), list(range(1, 10 - k)))
        for k in range(10)
    ]
    profile = Profile(
        "Kim Jong Un", "person", "North Korean leader", [], [], 900, refs[:25], [],
        [(t.name, len(t.articles)) for t in ties], article_count=900, related_from=100, ties=ties,
    )  # fmt: skip
    return timeline, sources, profile


def timed(draw: Callable[[], Chart | None], runs: int) -> dict[str, float]:
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        draw()
        seconds.append(time.perf_counter() - started)
    return {"median_ms": 1000 * statistics.median(seconds), "max_ms": 1000 * max(seconds)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.charts", description=(__doc__ or "").split("\n\n", 1)[0]
    )
    parser.add_argument("--small", action="store_true", help="one run instead of 10")
    args = parser.parse_args(argv)
    runs = 1 if args.small else 10
    cold = float(subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True,
                                check=True).stdout)  # fmt: skip
    print(f"matplotlib import, a fresh process: {1000 * cold:.0f} ms")
    with tempfile.TemporaryDirectory() as folder:
        sessions = open_database(f"sqlite:///{folder}/seeds.db")
        ingest_paths(sessions, [SEEDS])
        story = Story(sessions)
        events, items = story.timeline(), story.sources()
        profile = story.profile("Kim Jong Un").profile
        sessions.kw["bind"].dispose()
    assert profile is not None
    timeline, sources, big = large(500, 200)
    cases: list[tuple[str, Callable[[], Chart | None]]] = [
        (f"seeds: timeline, {len(events)} events", lambda: timeline_chart(events)),
        (f"seeds: network of {profile.name}", lambda: network_chart(profile)),
        (f"seeds: coverage, {len(items)} articles", lambda: coverage_chart(items)),
        ("large: timeline, 500 events (latest 20 drawn)", lambda: timeline_chart(timeline)),
        ("large: network, 10 people", lambda: network_chart(big)),
        ("large: coverage, 200 articles", lambda: coverage_chart(sources)),
    ]
    timeline_chart(events)  # the import, once
    for name, draw in cases:
        found = timed(draw, runs)
        print(f"{name:<50} median {found['median_ms']:6.0f} ms, max {found['max_ms']:6.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
