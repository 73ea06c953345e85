"""The `briefbot` command line: ingest articles and ask the same questions the bot answers."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from briefings import terminal
from briefings.answers import to_json
from briefings.config import Settings
from briefings.db import open_database
from briefings.digest import preview
from briefings.digest_layout import render_text
from briefings.ingest import ingest_paths
from briefings.ingest.parallel import ingest_parallel
from briefings.story import Story
from briefings.story_state import refresh_owed

Handler = Callable[[argparse.Namespace, Settings], int]


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2023-09-01") from None


def _workers(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (0: every core)")
    return int(value)


def _datetime(value: str) -> dt.datetime:
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a time like 2023-09-01T08:00") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def build_parser() -> argparse.ArgumentParser:
    """The parser for every domain command; adapters add their own commands to it."""
    parser = argparse.ArgumentParser(
        prog="briefbot", description="Keep a team briefed on one developing news story."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debugging detail")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, handler: Handler, help: str, json_output: bool = True) -> Any:
        sub = commands.add_parser(name, help=help, description=help)
        sub.add_argument("--db", metavar="URL", help="database URL (default: DATABASE_URL)")
        if json_output:
            sub.add_argument("--json", action="store_true", help="print JSON for scripts")
        sub.set_defaults(handler=handler)
        return sub

    sub = command("ingest", _ingest, "ingest article files and folders (.txt, .md, .html)")
    sub.add_argument("paths", nargs="+", metavar="PATH")
    sub.add_argument(
        "--workers",
        type=_workers,
        default=1,
        metavar="N",
        help="processes reading and analysing articles (0: one per core; default 1)",
    )
    sub = command("repair", _repair, "finish a story refresh that an interrupted ingest left owed")
    sub.add_argument("--full", action="store_true", help="rebuild the whole story, owed or not")
    command("sources", _sources, "list the stored articles with their metadata and summary")
    sub = command("brief", _brief, "the story briefing: key points, each with its sources")
    sub.add_argument("--focus", help="a person, organisation or word to focus on")
    sub.add_argument("--since", type=_date, help="only articles published on or after this date")
    sub = command("quote", _quote, "direct quotes with their speakers and sources")
    sub.add_argument("speaker", nargs="?", help="who said it (any name or surname)")
    sub.add_argument("--about", help="a word the quote must contain")
    sub = command("who", _who, "who is who: role, aliases, mentions, quotes")
    sub.add_argument("name", nargs="+")
    command("people", _people, "the people and organisations in the story")
    command("timeline", _timeline, "dated events in order, with their sources")
    sub = command("digest", _digest, "what a scheduled digest would post now")
    sub.add_argument(
        "--preview", action="store_true", help="print it (the only mode here; the bot posts)"
    )
    sub.add_argument("--since", type=_datetime, help="new since this time (default: everything)")
    return parser


def main(argv: Sequence[str] | None = None, parser: argparse.ArgumentParser | None = None) -> int:
    parser = parser or build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        settings = Settings.from_env()
    except ValueError as exc:
        print(f"briefbot: configuration error: {exc}", file=sys.stderr)
        return 2
    handler: Handler = args.handler
    try:
        return handler(args, settings)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def open_sessions(args: argparse.Namespace, settings: Settings) -> sessionmaker[Session]:
    return open_database(getattr(args, "db", None) or settings.database_url)


def _emit(args: argparse.Namespace, value: Any, text: Callable[[Any], str]) -> int:
    if getattr(args, "json", False):
        print(json.dumps(to_json(value), ensure_ascii=False, indent=2))
    else:
        print(text(value))
    return 0


def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    sessions = open_sessions(args, settings)
    quiet = args.json
    show = None if quiet else lambda o: print(o.line(), flush=True)
    if args.workers == 1:
        report = ingest_paths(sessions, args.paths, on_outcome=show)
    else:
        report = ingest_parallel(sessions, args.paths, args.workers or None, on_outcome=show)
    if quiet:
        print(json.dumps(to_json(report.outcomes), ensure_ascii=False, indent=2))
    else:
        print(report.summary())
    return 1 if report.failed or report.story_error else 0


def _repair(args: argparse.Namespace, settings: Settings) -> int:
    done = refresh_owed(open_sessions(args, settings), full=args.full, force=args.full)
    if args.json:
        print(json.dumps({"refreshed": done.done, "full": done.full, "seconds": done.seconds}))
    elif done.done:
        kind = "rebuilt in full" if done.full else "refreshed"
        print(f"repair: the story was {kind} in {done.seconds:.1f} s")
    else:
        print("repair: nothing to do, the story is up to date with the stored articles")
    return 0


def _sources(args: argparse.Namespace, settings: Settings) -> int:
    return _emit(args, Story(open_sessions(args, settings)).sources(), terminal.render_sources)


def _brief(args: argparse.Namespace, settings: Settings) -> int:
    story = Story(open_sessions(args, settings))
    return _emit(args, story.briefing(focus=args.focus, since=args.since), terminal.render_briefing)


def _quote(args: argparse.Namespace, settings: Settings) -> int:
    story = Story(open_sessions(args, settings))
    return _emit(args, story.quotes(speaker=args.speaker, about=args.about), terminal.render_quotes)


def _who(args: argparse.Namespace, settings: Settings) -> int:
    result = Story(open_sessions(args, settings)).profile(" ".join(args.name))
    _emit(args, result, terminal.render_profile)
    return 0 if result.profile is not None else 1


def _people(args: argparse.Namespace, settings: Settings) -> int:
    return _emit(args, Story(open_sessions(args, settings)).people(), terminal.render_people)


def _timeline(args: argparse.Namespace, settings: Settings) -> int:
    return _emit(args, Story(open_sessions(args, settings)).timeline(), terminal.render_timeline)


def _digest(args: argparse.Namespace, settings: Settings) -> int:
    found = preview(Story(open_sessions(args, settings)), since=args.since)
    return _emit(args, found, render_text)
