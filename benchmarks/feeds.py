"""Issue 16's floors for followed feeds, measured on a local site."""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import update

from briefings.db import open_database
from briefings.ingest import ingest_paths
from briefings.models import Source
from briefings.sources.http import Limits
from briefings.sources.poll import fetch_pass
from briefings.sources.stories import add_source, add_story, story_id
from briefings.story import Story

FIVE_MINUTES = 300.0


def _serve(port: Any, pages: int, live: Any) -> None:
    """The site: /feed/{i}.xml (304 on its ETag), /news/{n}.html, /live.xml (grows on demand)."""
    from aiohttp import web

    from tests.sources.server import article_html, rss

    async def feed(request: web.Request) -> web.Response:
        if request.headers.get("If-None-Match") == '"v1"':
            return web.Response(status=304)
        i = int(request.match_info["i"])
        return web.Response(
            text=rss([(f"s{i}", None, None)]),
            content_type="application/rss+xml",
            headers={"ETag": '"v1"'},
        )

    async def many(request: web.Request) -> web.Response:
        base = f"http://127.0.0.1:{port.value}"
        items = [(f"p{n}", f"{base}/news/{n}.html", None) for n in range(pages)]
        return web.Response(text=rss(items), content_type="application/rss+xml")

    async def grow(request: web.Request) -> web.Response:
        base = f"http://127.0.0.1:{port.value}"
        items = [(f"l{n}", f"{base}/news/{1000 + n}.html", None) for n in range(live.value)]
        return web.Response(text=rss(items), content_type="application/rss+xml")

    async def page(request: web.Request) -> web.Response:
        return web.Response(
            text=article_html(int(request.match_info["n"])), content_type="text/html"
        )

    app = web.Application()
    app.router.add_get("/feed/{i}.xml", feed)
    app.router.add_get("/many.xml", many)
    app.router.add_get("/live.xml", grow)
    app.router.add_get("/news/{n}.html", page)

    async def main() -> None:
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port.value = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        await asyncio.Event().wait()

    asyncio.run(main())


def poll_cost(url: str, base: str, sources: int, passes: int) -> dict[str, Any]:
    sessions = open_database(url)
    add_story(sessions, "Poll")
    for i in range(sources):
        add_source(sessions, f"{base}/feed/{i}.xml", "Poll", kind="feed")
    limits = Limits(host_delay=0.0, allow_private=True)
    asyncio.run(fetch_pass(sessions, limits=limits))  # the first fetch: stores, not measured
    cpu: list[float] = []
    wall: list[float] = []
    for _ in range(passes):
        with sessions.begin() as session:
            session.execute(update(Source).values(next_due=None))
        c, w = time.process_time(), time.perf_counter()
        outcomes = asyncio.run(fetch_pass(sessions, limits=limits))
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - w)
        assert len(outcomes) == sources and all(o.not_modified for o in outcomes)
    per_pass = statistics.median(cpu)
    return {
        "sources": sources,
        "cpu_seconds_per_pass": round(per_pass, 3),
        "wall_seconds_per_pass": round(statistics.median(wall), 3),
        "share_of_one_core_every_5_min": round(per_pass / FIVE_MINUTES, 5),
        "floor": 0.10,
    }


def path_cost(tmp: Path, base: str, pages: int) -> dict[str, Any]:
    from tests.sources.server import article_html

    folder = tmp / "pages"
    folder.mkdir()
    for n in range(pages):
        (folder / f"{n}.html").write_text(article_html(n), encoding="utf-8")
    sessions = open_database(f"sqlite:///{tmp / 'folder.db'}")
    started = time.perf_counter()
    report = ingest_paths(sessions, [folder])
    folder_s = (time.perf_counter() - started) / max(1, report.count("added"))
    sessions = open_database(f"sqlite:///{tmp / 'feed.db'}")
    add_story(sessions, "Path")
    add_source(sessions, f"{base}/many.xml", "Path", kind="feed")
    started = time.perf_counter()
    outcomes = asyncio.run(fetch_pass(sessions, limits=Limits(host_delay=0.0, allow_private=True)))
    added = outcomes[0].report.count("added")
    feed_s = (time.perf_counter() - started) / max(1, added)
    return {
        "articles": pages,
        "folder_added": report.count("added"),
        "feed_added": added,
        "folder_seconds_per_article": round(folder_s, 4),
        "feed_seconds_per_article": round(feed_s, 4),
        "feed_over_folder": round(feed_s / folder_s, 3),
    }


def freshness(tmp: Path, base: str, live: Any, interval: float, rounds: int) -> dict[str, Any]:
    sessions = open_database(f"sqlite:///{tmp / 'fresh.db'}")
    add_story(sessions, "Live")
    add_source(sessions, f"{base}/live.xml", "Live", kind="feed")
    with sessions.begin() as session:
        session.execute(update(Source).values(interval_seconds=interval))
    stop = threading.Event()
    limits = Limits(host_delay=0.0, allow_private=True)

    def worker() -> None:
        while not stop.is_set():
            asyncio.run(fetch_pass(sessions, limits=limits))
            stop.wait(1.0)

    thread = threading.Thread(target=worker, daemon=True)
    thread.start()
    with sessions() as session:
        scoped = Story(sessions, story_id(session, "Live"))
    time.sleep(interval / 2)
    delays = []
    for n in range(rounds):
        live.value = n + 1
        published = time.perf_counter()
        title = f"Bridge story {1000 + n}"
        while time.perf_counter() - published < 4 * interval:
            # In the story's articles: stored, joined to it, the story refreshed (the run's
            # refresh ends before the memberships are written), so /brief can cite it.
            if any(s.title == title for s in scoped.sources()):
                break
            time.sleep(0.2)
        delays.append(time.perf_counter() - published)
        time.sleep(interval * (0.3 + 0.4 * (n % 2)))  # publish at varied points of the interval
    stop.set()
    thread.join(30)
    return {
        "interval_seconds": interval,
        "rounds": rounds,
        "worst_seconds": round(max(delays), 2),
        "median_seconds": round(statistics.median(delays), 2),
        "worst_in_intervals": round(max(delays) / interval, 2),
        "floor_in_intervals": 2,
    }


# what --help prints above the options
_DESCRIPTION = """`python -m benchmarks.feeds`: the floors of issue 16 on a local site (a child process).

- poll: N feed sources polled in steady state (each answers 304): CPU of the worker per pass,
  as a share of one core when every source is polled every 5 minutes;
- path: seconds per article through the feed path (fetch, extract, store) against the folder
  path (the same pages as .html files);
- fresh: seconds from a new feed item being published to it being cited by `brief --story`, with
  a worker polling every second and a fetch interval of INTERVAL seconds (floor: 2 intervals).
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.feeds", description=_DESCRIPTION)
    parser.add_argument("--small", action="store_true", help="20 sources, 10 pages, 2 rounds")
    parser.add_argument("--db", help="database URL for the poll run (default: a SQLite file)")
    args = parser.parse_args(argv)
    sources, passes, pages, interval, rounds = (
        (20, 2, 10, 5.0, 2) if args.small else (200, 5, 60, 10.0, 5)
    )
    port, live = multiprocessing.Value("i", 0), multiprocessing.Value("i", 0)
    server = multiprocessing.Process(target=_serve, args=(port, pages, live), daemon=True)
    server.start()
    try:
        while port.value == 0:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port.value}"
        with tempfile.TemporaryDirectory() as folder:
            tmp = Path(folder)
            result = {
                "poll": poll_cost(args.db or f"sqlite:///{tmp / 'poll.db'}", base, sources, passes),
                "path": path_cost(tmp, base, pages),
                "fresh": freshness(tmp, base, live, interval, rounds),
            }
    finally:
        server.terminate()
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
