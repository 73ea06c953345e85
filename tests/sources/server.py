"""A local news site on 127.0.0.1 that serves feeds and article pages, and misbehaves on purpose."""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

PARAGRAPH = (
    "The council of {town} voted on Tuesday to close the old harbour bridge after engineers "
    'found deep cracks in two of its piers. "We cannot risk a collapse," said Mayor Ada '
    "Whitlock, who chaired the meeting. Traffic will be diverted through the ring road while "
    "the repairs, expected to take nine months, go ahead. Shop owners near the bridge said the "
    "closure would cost them customers during the busiest season of the year. {n}"
)


WORDS = [
    "ferry",
    "tolls",
    "engineers",
    "budget",
    "harbour",
    "rail",
    "strike",
    "inquiry",
    "flood",
    "barrier",
    "tender",
    "union",
    "pier",
    "cracks",
    "survey",
    "minister",
    "residents",
    "petition",
    "traffic",
    "diversion",
    "contractor",
    "steel",
    "concrete",
    "tide",
]


def article_html(n: int, town: str = "Portmere", aside: str = "") -> str:
    """A page distinct enough from every other n that no near-duplicate check joins them;
    `aside` is added to its headline and first paragraph (mentions a digest must never ping)."""
    rng = random.Random(n)
    extra = " ".join(" ".join(rng.sample(WORDS, 8)) + f" {n * 7 + i}." for i in range(12))
    aside = html.escape(aside)
    body = f"<p>{aside + ' ' if aside else ''}{PARAGRAPH.format(town=town, n='')}</p><p>{extra}</p>"
    title = f"Bridge story {n} {aside}".strip()
    return (
        f"<html><head><title>{title}</title></head><body><article>"
        f"<h1>{title}</h1>{body}</article></body></html>"
    )


def rss(items: Sequence[tuple[str, str | None, str | None]], title: str = "Portmere News") -> str:
    """items: (guid, link, pubDate in RFC 822 or None)."""
    parts = []
    for guid, link, date in items:
        link_tag = f"<link>{link}</link>" if link else ""
        date_tag = f"<pubDate>{date}</pubDate>" if date else ""
        parts.append(
            f"<item><title>Item {guid}</title><guid>{guid}</guid>{link_tag}{date_tag}"
            f"<description>Short note about {guid}.</description></item>"
        )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>http://x/</link><description>d</description>"
        f"{''.join(parts)}</channel></rss>"
    )


@dataclass
class Site:
    """What the site serves; tests change it between fetches."""

    items: int = 2
    hits: dict[str, int] = field(default_factory=dict)
    in_flight: int = 0
    most_in_flight: int = 0
    etag: str = '"v1"'
    failing: set[int] = field(default_factory=set)  # pages answering 503 for now
    asides: dict[int, str] = field(default_factory=dict)  # text added to page n's headline
    base: str = ""

    def feed(self) -> str:
        day = dt.datetime(2026, 11, 30, 9, tzinfo=dt.UTC)
        return rss(
            [
                (
                    f"g{n}",
                    f"{self.base}/news/{n}.html?utm_source=rss",
                    day.strftime("%a, %d %b %Y %H:%M:%S +0000"),
                )
                for n in range(1, self.items + 1)
            ]
        )


def make_app(site: Site) -> web.Application:
    async def track(request: web.Request, handler: Any) -> web.StreamResponse:
        site.hits[request.path] = site.hits.get(request.path, 0) + 1
        site.in_flight += 1
        site.most_in_flight = max(site.most_in_flight, site.in_flight)
        try:
            return await handler(request)
        finally:
            site.in_flight -= 1

    async def feed(request: web.Request) -> web.Response:
        etag = f'"v{site.items}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304)
        await asyncio.sleep(0.05)  # every request takes a moment: overlap would show
        return web.Response(
            text=site.feed(), content_type="application/rss+xml", headers={"ETag": etag}
        )

    async def page(request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        if n in site.failing:
            return web.Response(status=503, text="busy")
        return web.Response(
            text=article_html(n, aside=site.asides.get(n, "")), content_type="text/html"
        )

    async def robots(_: web.Request) -> web.Response:
        return web.Response(text="User-agent: *\nDisallow: /private/\n", content_type="text/plain")

    async def private(_: web.Request) -> web.Response:
        return web.Response(text=article_html(99), content_type="text/html")

    async def broken(_: web.Request) -> web.Response:
        return web.Response(status=500, text="oops")

    async def badxml(_: web.Request) -> web.Response:
        return web.Response(
            text="<rss><channel><item><title>x</ti", content_type="application/rss+xml"
        )

    async def html_feed(_: web.Request) -> web.Response:
        return web.Response(text=article_html(1), content_type="text/html")

    async def loop(request: web.Request) -> web.Response:
        raise web.HTTPFound("/loop2" if request.path == "/loop" else "/loop")

    async def huge(_: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        await response.prepare(_)
        chunk = b"<!-- padding -->" * 4096
        for _i in range(50 * 1024 * 1024 // len(chunk)):
            await response.write(chunk)
        return response

    async def many(_: web.Request) -> web.Response:
        items = [(f"m{n}", None, None) for n in range(10_000)]
        return web.Response(text=rss(items), content_type="application/rss+xml")

    async def odd(_: web.Request) -> web.Response:
        items = [
            ("dup", f"{site.base}/news/1.html", "Mon, 30 Nov 2026 09:00:00 +0000"),
            ("dup", f"{site.base}/news/2.html", "Mon, 30 Nov 2026 09:00:00 +0000"),
            ("future", f"{site.base}/news/3.html", "Fri, 01 Jan 2100 09:00:00 +0000"),
            ("nodate", f"{site.base}/news/4.html", None),
        ]
        return web.Response(text=rss(items), content_type="application/rss+xml")

    async def retry(request: web.Request) -> web.Response:
        if site.hits[request.path] < 2:
            return web.Response(status=503, headers={"Retry-After": "1"})
        return web.Response(
            text=rss([("r1", f"{site.base}/news/1.html", None)]), content_type="application/rss+xml"
        )

    async def slow(_: web.Request) -> web.Response:
        await asyncio.sleep(5)
        return web.Response(text=rss([]), content_type="application/rss+xml")

    async def numbered(request: web.Request) -> web.Response:
        """Feed i: slow to answer; its items are page 1 (in every feed) and page 100 + i."""
        i = int(request.match_info["i"])
        await asyncio.sleep(0.2)
        items = [
            ("shared", f"{site.base}/news/1.html", None),
            (f"own{i}", f"{site.base}/news/{100 + i}.html", None),
        ]
        return web.Response(text=rss(items), content_type="application/rss+xml")

    app = web.Application(middlewares=[web.middleware(track)])
    app.router.add_get("/feeds/{i}.xml", numbered)
    app.router.add_get("/feed.xml", feed)
    app.router.add_get("/news/{n}.html", page)
    app.router.add_get("/private/{n}.html", private)
    app.router.add_get("/robots.txt", robots)
    app.router.add_get("/broken.xml", broken)
    app.router.add_get("/bad.xml", badxml)
    app.router.add_get("/html.xml", html_feed)
    app.router.add_get("/loop", loop)
    app.router.add_get("/loop2", loop)
    app.router.add_get("/huge.xml", huge)
    app.router.add_get("/many.xml", many)
    app.router.add_get("/odd.xml", odd)
    app.router.add_get("/retry.xml", retry)
    app.router.add_get("/slow.xml", slow)
    return app


class ThreadedSite:
    """The site served from its own thread and event loop, for code that runs its own loop
    (the CLI's `asyncio.run`, the bot)."""

    def __init__(self, port: int = 0) -> None:
        import threading

        self.port = port  # 0: any free port
        self.site = Site()
        self._ready = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> Site:
        self._thread.start()
        self._ready.wait(10)
        return self.site

    def __exit__(self, *_exc: object) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        runner = web.AppRunner(make_app(self.site))
        self._loop.run_until_complete(runner.setup())
        tcp = web.TCPSite(runner, "127.0.0.1", self.port)
        self._loop.run_until_complete(tcp.start())
        port = tcp._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.site.base = f"http://127.0.0.1:{port}"
        self._ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(runner.cleanup())


def main(argv: list[str] | None = None) -> None:
    """`python -m tests.sources.server [--port 8765] [--items 2] [--grow-every SECONDS]`: the
    test site on 127.0.0.1 until Ctrl-C, for trying feeds by hand (README walk-through); its
    feed is /feed.xml, and /feeds/0.xml, /feeds/1.xml, ... are more feeds."""
    import argparse
    import time

    parser = argparse.ArgumentParser(
        prog="python -m tests.sources.server", description=main.__doc__
    )
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--items", type=int, default=2, help="items in /feed.xml at start")
    parser.add_argument(
        "--grow-every", type=float, default=0, metavar="SECONDS", help="add an item this often"
    )
    args = parser.parse_args(argv)
    with ThreadedSite(args.port) as site:
        site.items = args.items
        print(f"serving {site.base}/feed.xml ({site.items} items); Ctrl-C to stop", flush=True)
        try:
            while True:
                time.sleep(args.grow_every or 3600)
                if args.grow_every:
                    site.items += 1
                    print(f"/feed.xml now has {site.items} items", flush=True)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
