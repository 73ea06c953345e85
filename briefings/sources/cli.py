"""The CLI's commands that set up and follow stories from a script.

`briefbot story …`, `briefbot source …`, `briefbot fetch` and `briefbot worker` (aiohttp and
feedparser are imported only when a fetch runs)."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import signal
import sys
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from briefings.config import Settings
from briefings.sources.stories import (
    StoryError,
    StoryInfo,
    add_source,
    add_story,
    edit_story,
    kept_note,
    list_sources,
    list_stories,
    remove_source,
    remove_story,
    story_id,
)

log = logging.getLogger(__name__)
Opener = Callable[[argparse.Namespace, Settings], sessionmaker[Session]]


def register(command: Callable[..., Any], opener: Opener) -> None:
    """Add the commands to the parser (`command` is build_parser's own helper)."""

    def handler(run: Callable[[argparse.Namespace, Settings, sessionmaker[Session]], int]) -> Any:
        def wrapped(args: argparse.Namespace, settings: Settings) -> int:
            try:
                return run(args, settings, opener(args, settings))
            except StoryError as exc:
                print(f"briefbot: {exc}", file=sys.stderr)
                return 1

        return wrapped

    sub = command("story", handler(_story), "add, edit, list or remove the stories followed")
    sub.add_argument("action", choices=("add", "edit", "list", "remove"))
    sub.add_argument("name", nargs="?", help="the story's name (add, edit, remove)")
    sub.add_argument("--keywords", nargs="+", metavar="WORD", help="an article must name one")
    sub.add_argument("--exclude", nargs="+", metavar="WORD", help="...and none of these")
    digest = sub.add_argument_group("its digest (as /story add in Discord)")
    digest.add_argument(
        "--channel", type=int, metavar="ID", help="Discord channel, thread or forum id (0: none)"
    )
    digest.add_argument("--role", type=int, metavar="ID", help="a role its digests mention")
    digest.add_argument("--schedule", help="daily 08:00, weekdays 18:30, ... (default daily 08:00)")
    digest.add_argument("--timezone", help="IANA time zone of the schedule (default UTC)")
    digest.add_argument(
        "--silent",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="post nothing when nothing is new (default: --silent)",
    )
    sub = command(
        "source", handler(_source), "add, list or remove the feeds, pages and folders followed"
    )
    sub.add_argument("action", choices=("add", "list", "remove"))
    sub.add_argument(
        "url", nargs="?", help="a feed or page URL, or a folder (add); a URL or an id (remove)"
    )
    sub.add_argument(
        "--story",
        help="the story it feeds (add: required; list: only its sources; remove: which one)",
    )
    sub.add_argument("--kind", choices=("feed", "page", "folder"), help="instead of detecting it")
    sub.add_argument(
        "--every", type=int, default=15, metavar="MINUTES", help="fetch interval (default 15)"
    )
    for name, run, text in (
        ("fetch", _fetch, "one pass over the due sources: fetch, store what is new"),
        ("worker", _worker, "fetch the due sources forever, as its own process"),
    ):
        sub = command(name, handler(run), text)
        sub.add_argument("--story", help="only this story's sources")
        sub.add_argument(
            "--allow-private",
            action="store_true",
            help="fetch private and loopback addresses too (local testing; never for a bot)",
        )
        if name == "worker":
            sub.add_argument(
                "--poll", type=float, default=30.0, metavar="SECONDS", help="between two passes"
            )


def _edit(args: argparse.Namespace, sessions: sessionmaker[Session], added: bool) -> None:
    """The keywords and digest settings given; a new story's are all or nothing."""
    try:
        digest = edit_story(
            sessions,
            args.name,
            include=None if added else args.keywords,
            exclude=None if added else args.exclude,
            channel_id=args.channel,
            role_id=args.role,
            schedule=args.schedule,
            timezone=args.timezone,
            silent=args.silent,
        )
    except StoryError:
        if added:
            remove_story(sessions, args.name)
        raise
    if digest is not None and digest.enabled:
        tz = digest.schedule.timezone
        print(f"its digest: {digest.schedule.text} ({tz}) in channel {digest.channel_id}")
        print("(a running bot picks it up at its next check, within 30 s of a slot)")


def _story(args: argparse.Namespace, _settings: Settings, sessions: sessionmaker[Session]) -> int:
    if args.action != "list" and not args.name:
        raise StoryError(f"`briefbot story {args.action}` needs a NAME")
    if args.action == "add":
        info = add_story(sessions, args.name, args.keywords, args.exclude)
        _edit(args, sessions, added=True)
        print(f"story {info.name!r} added; add sources with `briefbot source add URL --story …`")
    elif args.action == "edit":
        _edit(args, sessions, added=False)
        print(f"story {args.name!r} changed")
    elif args.action == "remove":
        remove_story(sessions, args.name)
        print(f"story {args.name!r} removed (its articles stay stored)")
    else:
        stories = list_stories(sessions)
        if args.json:
            items = [story_json(s) for s in stories]
            print(json.dumps({"items": items, "total": len(items)}, indent=2))
        for s in [] if args.json else stories:
            words = f" keywords: {', '.join(s.include)}" if s.include else ""
            words += f" excluding: {', '.join(s.exclude)}" if s.exclude else ""
            print(f"{s.name}: {s.sources} sources, {s.articles} articles{words}")
        if not stories and not args.json:
            print(
                "No stories yet besides the default one (every article): `briefbot story add NAME`."
            )
    return 0


def story_json(s: StoryInfo) -> dict[str, object]:
    d = s.digest
    digest = None
    if d is not None:
        digest = {
            "enabled": d.enabled,
            "channel_id": d.channel_id,
            "schedule": d.schedule.text,
            "timezone": d.schedule.timezone,
            "silent_when_empty": d.silent_when_empty,
            "last_posted_at": d.last_posted_at.isoformat() if d.last_posted_at else None,
            "last_error": d.last_error,
        }
    fields = ("name", "include", "exclude", "sources", "articles", "channel_id", "thread_id")
    return {**{f: getattr(s, f) for f in fields}, "role_id": s.role_id, "digest": digest}


def _source(args: argparse.Namespace, _settings: Settings, sessions: sessionmaker[Session]) -> int:
    if args.action == "add":
        if not args.url or not args.story:
            raise StoryError("`briefbot source add URL --story NAME`")
        info = add_source(
            sessions, args.url, args.story, kind=args.kind, interval_seconds=args.every * 60
        )
        print(f"source #{info.id} ({info.kind}) added to {info.story!r}: {info.url}")
        print("Its first fetch stores what it holds without posting it.")
        return 0
    if args.action == "remove":
        if not args.url:
            raise StoryError("`briefbot source remove URL|ID [--story NAME]`")
        info, brought = remove_source(sessions, args.url, args.story)
        print(f"source #{info.id} removed from {info.story!r}: {info.url}")
        print(f"{kept_note(brought)}")
        return 0
    sources = list_sources(sessions, args.story)
    if args.json:
        items = [s.as_json() for s in sources]
        print(json.dumps({"items": items, "total": len(items)}, indent=2))
        return 0
    for s in sources:
        print(_source_line(s))
    if not sources:
        print("No sources yet: `briefbot source add URL --story NAME`.")
    return 0


def _source_line(s: Any) -> str:
    if s.paused:
        state = f"PAUSED after {s.failures} failures: {s.last_error}"
    elif s.failures:
        state = f"failing ({s.failures}x): {s.last_error}"
    elif s.last_success:
        state = f"ok, last fetched {s.last_success:%Y-%m-%d %H:%M} UTC"
    else:
        state = "not fetched yet"
    return f"#{s.id} [{s.story}] {s.kind} {s.url} (every {s.interval_seconds // 60} min): {state}"


def _fetch(args: argparse.Namespace, settings: Settings, sessions: sessionmaker[Session]) -> int:
    outcomes = asyncio.run(_pass(args, settings, sessions))
    if args.json:
        items = [
            {
                "id": o.id,
                "url": o.url,
                "ok": o.ok,
                "error": o.error,
                "new_items": o.new_items,
                "added": o.report.count("added"),
                "first": o.first,
                "paused": o.paused,
            }
            for o in outcomes
        ]
        print(json.dumps({"items": items, "total": len(items)}, indent=2))
    else:
        for o in outcomes:
            print(o.line())
        if not outcomes:
            print("Nothing due: every source was fetched within its interval.")
    return 1 if any(not o.ok for o in outcomes) else 0


async def _pass(
    args: argparse.Namespace, settings: Settings, sessions: sessionmaker[Session]
) -> list[Any]:
    from briefings.sources.http import Limits
    from briefings.sources.poll import fetch_pass

    with sessions() as session:
        wanted = story_id(session, args.story)
    allow = args.allow_private or settings.fetch_allow_private
    return await fetch_pass(sessions, story_id=wanted, limits=Limits(allow_private=allow))


def _worker(args: argparse.Namespace, settings: Settings, sessions: sessionmaker[Session]) -> int:
    """Pass after pass until SIGTERM or Ctrl-C; several workers share the sources (claims)."""
    stop = False

    def halt(*_: object) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, halt)
    print("briefbot worker: fetching due sources; Ctrl-C to stop", file=sys.stderr)
    while not stop:
        started = time.monotonic()
        for o in asyncio.run(_pass(args, settings, sessions)):
            print(o.line(), flush=True)
        while not stop and time.monotonic() - started < args.poll:
            time.sleep(0.2)
    return 0
