"""The `briefbot` command line: ingest articles and ask the same questions the bot answers."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gc
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session, sessionmaker

from briefings.answers import to_json
from briefings.cli import json_text, terminal
from briefings.config import Settings
from briefings.db import open_database
from briefings.story import Story

if TYPE_CHECKING:
    from briefings.charts import Chart

# What only some commands need (ingest, the pictures, digests) is imported by those commands:
# a query starts without it.

Handler = Callable[[argparse.Namespace, Settings], int]
DEFAULT_LIMIT = 50  # items a list command prints unless given --limit or --all
PERSON_ARTICLES = 20  # article ids `people` gives per person (the last stored) unless --all


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("briefbot")
    except PackageNotFoundError:
        return "unknown (not installed)"


class _Version(argparse.Action):
    """--version, looked up only when asked (package metadata is slow to read at every start)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        print(f"briefbot {version()}")
        parser.exit()


def _count(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number")
    return int(value)


def _paged(sub: argparse.ArgumentParser, what: str, every: str | None = None) -> None:
    """--limit, --offset and --all on a list command."""
    sub.add_argument(
        "--limit",
        type=_count,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"at most N {what} (default {DEFAULT_LIMIT}); the answer says when some are left out",
    )
    sub.add_argument(
        "--offset", type=_count, default=0, metavar="N", help=f"skip the first N {what}"
    )
    sub.add_argument("--all", action="store_true", help=every or f"every {what[:-1]}, however many")


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


class _Unbuilt:
    """A command's parser left unbuilt (another command was asked for): what is added to it is
    dropped."""

    def __getattr__(self, name: str) -> Callable[..., _Unbuilt]:
        return lambda *args, **kwargs: self


def asked_command(argv: Sequence[str]) -> str | None:
    """The command `argv` names (its first word that is not an option: the program's own
    options take no value), None when it names none."""
    return next((a for a in argv if not a.startswith("-")), None)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser for every domain command; adapters add their own commands to it. With `only`,
    the parser of that command alone is built (argparse took about 8 ms to build all of them,
    each time a command started); the other commands are not known to it."""
    parser = argparse.ArgumentParser(
        prog="briefbot", description="Keep a team briefed on one developing news story."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debugging detail")
    parser.add_argument(
        "--version", action=_Version, nargs=0, help="print the installed version and exit"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    named: set[str] = set()  # every command's name, built or not

    def command(name: str, handler: Handler, help: str, json_output: bool = True) -> Any:
        named.add(name)
        if only is not None and name != only:
            return _Unbuilt()
        sub = commands.add_parser(name, help=help, description=help)
        sub.add_argument("--db", metavar="URL", help="database URL (default: DATABASE_URL)")
        if json_output:
            sub.add_argument(
                "--json",
                action="store_true",
                help='print JSON for scripts: {"items": [...], "total": N, ...}',
            )
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
    command(
        "rebuild",
        _rebuild,
        "rebuild the whole story from the stored articles (after an analysis change)",
    )
    sub = command("sources", _sources, "list the stored articles with their metadata and summary")
    _paged(sub, "articles")
    _bare_list(sub)
    _png_option(sub, "coverage over time by outlet")
    sub = command("brief", _brief, "the story briefing: key points, each with its sources")
    sub.add_argument("--focus", help="a person, organisation or word to focus on")
    sub.add_argument("--since", type=_date, help="only articles published on or after this date")
    sub.add_argument(
        "--evidence",
        action="store_true",
        help="under each point, the sentence each cited article printed that states it",
    )
    sub = command("quote", _quote, "direct quotes with their speakers and sources")
    sub.add_argument("speaker", nargs="?", help="who said it (any name or surname)")
    sub.add_argument("--about", help="a word the quote must contain")
    _paged(sub, "quotes")
    sub = command("who", _who, "who is who: role, aliases, mentions, quotes")
    sub.add_argument("name", nargs="+")
    _png_option(sub, "the person's network: who is named and quoted with them")
    sub = command("people", _people, "the people and organisations in the story")
    _paged(
        sub,
        "people",
        f"every person, with every article id (else the last {PERSON_ARTICLES} stored of each)",
    )
    _bare_list(sub)
    sub = command("timeline", _timeline, "dated events in order, with their sources")
    _paged(sub, "events")
    _bare_list(sub)
    _png_option(sub, "the dated events on a time axis")
    sub = command("digest", _digest, "what a scheduled digest would post now")
    sub.add_argument(
        "--preview", action="store_true", help="print it (the only mode here; the bot posts)"
    )
    sub.add_argument(
        "--since",
        type=_datetime,
        help="what was ingested since this time (brief --since: published since a date)",
    )
    sub = command("show", _show, "an article's metadata, what was found in it, its cleaned text")
    sub.add_argument("article", metavar="ID|PATH")
    sub = command(
        "forget",
        _forget,
        "remove an article and everything derived from it; the story is refreshed",
    )
    sub.add_argument("article", metavar="ID|PATH")
    sub = command(
        "export",
        _export,
        "write the story: briefing, quotes, people, timeline, sources, citations kept",
        json_output=False,
    )
    sub.add_argument("--format", choices=("json", "md", "csv"), default="md")
    sub.add_argument("--output", "-o", metavar="FILE", help="write to FILE (default: stdout)")
    for name in ("sources", "brief", "quote", "who", "people", "timeline", "digest", "export"):
        if name not in commands.choices:
            continue
        commands.choices[name].add_argument(
            "--story", help="a story added with `briefbot story add` (default: every article)"
        )
    if only is None or only not in named:  # a command of briefings.sources.cli, or unknown
        from briefings.sources.cli import register  # light: no network library imported here

        register(command, open_sessions)
    return parser


def _bare_list(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--json-list",
        action="store_true",
        help="print the bare JSON list of before the envelope (deprecated; read .items)",
    )


def _png_option(sub: argparse.ArgumentParser, what: str) -> None:
    sub.add_argument("--png", metavar="FILE", help=f"also draw a picture: {what}")


def main(
    argv: Sequence[str] | None = None,
    parser: argparse.ArgumentParser | None = None,
    build: Callable[[str | None], argparse.ArgumentParser] = build_parser,
) -> int:
    """Run the command `argv` asks for (default: the program's arguments); `build(only)` makes
    the parser, of the asked command alone when it is known (else of all, for argparse's
    message), unless `parser` is given."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if parser is None:
        asked = asked_command(argv)
        parser = build(asked)
        if asked is not None and asked not in _command_names(parser):
            parser = build(None)
    args = parser.parse_args(argv)
    # What start-up loaded (modules, the parser) never becomes garbage: left out of collections,
    # a command's full collection walks only its own objects (as the bot's `settle_heap`).
    gc.freeze()
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


def subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction[Any]:
    """The parser's commands (adapters add theirs to it)."""
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    return set(subcommands(parser).choices)


def open_sessions(args: argparse.Namespace, settings: Settings) -> sessionmaker[Session]:
    """The database of --db, else DATABASE_URL, else the per-user default; when it is new or
    holds no article, stderr says which one it is (no silent empty database)."""
    from briefings.cli.database_notice import notice_if_empty, sqlite_file_is_new

    url = getattr(args, "db", None) or settings.database_url
    new = sqlite_file_is_new(url)
    sessions = open_database(url)
    notice_if_empty(sessions, url, new=new)
    return sessions


def _story(args: argparse.Namespace, settings: Settings) -> Story:
    """The story to answer from: `--story NAME`, else every article (the default story)."""
    sessions = open_sessions(args, settings)
    name = getattr(args, "story", None)
    if not name:
        return Story(sessions)
    from briefings.sources.stories import StoryError, story_id  # only for a named story

    with sessions() as session:
        try:
            return Story(sessions, story_id(session, name))
        except StoryError as exc:
            print(f"briefbot: {exc}", file=sys.stderr)
            raise SystemExit(1) from None


def _print_json(value: Any) -> None:
    print(json_text.dumps(value))


def _fields(answer: Any) -> dict[str, Any]:
    """An answer's own keys, as `to_json` names them (its values are written as they are)."""
    return {f.name: getattr(answer, f.name) for f in dataclasses.fields(answer)}


def _emit(
    args: argparse.Namespace, value: Any, text: Callable[[Any], str], items: list[Any]
) -> int:
    """An answer as text, or as JSON: its own keys plus `items` and `total`."""
    if getattr(args, "json", False):
        _print_json({**_fields(value), "items": items, "total": len(items)})
    else:
        print(terminal.safe(text(value)))
    return 0


def _window(args: argparse.Namespace) -> tuple[int | None, int]:
    return (None if args.all else args.limit), args.offset


def _emit_list(
    args: argparse.Namespace, items: list[Any], total: int, text: Callable[[Any], str]
) -> int:
    """A list answer: JSON {"items", "total", "offset", "limit", "cut"}, or text with a last
    line saying what was left out."""
    limit, offset = _window(args)
    cut = offset > 0 or offset + len(items) < total
    if getattr(args, "json_list", False):
        _print_json(items)
    elif getattr(args, "json", False):
        envelope = {"items": items, "total": total, "offset": offset, "limit": limit, "cut": cut}
        _print_json(envelope)
    else:
        print(terminal.safe(text(items)))
        if cut:
            print(terminal.cut_line(len(items), total, offset))
    return 0


def _charts() -> Any:
    """The pictures' module, imported when one is drawn."""
    from briefings import charts

    return charts


def _picture(args: argparse.Namespace, draw: Callable[[], Chart | None]) -> int:
    """Write the picture to --png FILE when asked (the text is printed all the same)."""
    if not getattr(args, "png", None):
        return 0
    chart = draw()
    if chart is None:
        print("briefbot: nothing to draw, no picture written", file=sys.stderr)
        return 1
    with open(args.png, "wb") as file:
        file.write(chart.png)
    print(f"{chart.title}: {chart.width}x{chart.height} px, written to {args.png}", file=sys.stderr)
    return 0


def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    from briefings.cli.progress import reporting
    from briefings.ingest import ingest_paths
    from briefings.ingest.parallel import ingest_parallel

    sessions = open_sessions(args, settings)
    with reporting(args.paths) as progress:
        show = None if args.json else progress
        if args.workers == 1:
            report = ingest_paths(sessions, args.paths, on_outcome=show)
        else:
            report = ingest_parallel(sessions, args.paths, args.workers or None, on_outcome=show)
    if args.json:
        counts = {
            s: report.count(s)
            for s in ("added", "updated", "unchanged", "duplicate", "skipped", "failed")
        }
        items = to_json(report.outcomes)
        _print_json(
            {"items": items, "total": len(items), "counts": counts, "error": report.story_error}
        )
    else:
        print(report.summary())
    return 1 if report.failed or report.story_error else 0


def _repair(args: argparse.Namespace, settings: Settings) -> int:
    from briefings.refresh.state import refresh_owed

    done = refresh_owed(open_sessions(args, settings), full=args.full, force=args.full)
    if args.json:
        print(json.dumps({"refreshed": done.done, "full": done.full, "seconds": done.seconds}))
    elif done.done:
        kind = "rebuilt in full" if done.full else "refreshed"
        print(f"repair: the story was {kind} in {done.seconds:.1f} s")
    else:
        print("repair: nothing to do, the story is up to date with the stored articles")
    return 0


def _rebuild(args: argparse.Namespace, settings: Settings) -> int:
    from briefings.refresh.state import refresh_owed

    done = refresh_owed(open_sessions(args, settings), full=True, force=True)
    if args.json:
        print(json.dumps({"refreshed": done.done, "full": done.full, "seconds": done.seconds}))
    else:
        print(f"rebuild: the story was rebuilt in full in {done.seconds:.1f} s")
    return 0


def _sources(args: argparse.Namespace, settings: Settings) -> int:
    story = _story(args, settings)
    limit, offset = _window(args)
    items = story.sources(limit=limit, offset=offset)
    return _emit_list(args, items, story.count_sources(), terminal.render_sources) or _picture(
        args, lambda: _charts().coverage_chart(items)
    )


def _brief(args: argparse.Namespace, settings: Settings) -> int:
    story = _story(args, settings)
    found = story.briefing(focus=args.focus, since=args.since)
    render = terminal.render_evidence if args.evidence else terminal.render_briefing
    return _emit(args, found, render, found.points)


def _quote(args: argparse.Namespace, settings: Settings) -> int:
    story = _story(args, settings)
    limit, offset = _window(args)
    found = story.quotes(speaker=args.speaker, about=args.about, limit=limit, offset=offset)
    if args.json:
        extra = {"items": found.quotes, "limit": limit, "cut": found.cut}
        _print_json({**_fields(found), **extra})
        return 0
    print(terminal.safe(terminal.render_quotes(found)))
    return 0


def _who(args: argparse.Namespace, settings: Settings) -> int:
    result = _story(args, settings).profile(" ".join(args.name))
    _emit(args, result, terminal.render_profile, [result.profile] if result.profile else [])
    if result.profile is None:
        return 1
    profile = result.profile
    return _picture(args, lambda: _charts().network_chart(profile))


def _people(args: argparse.Namespace, settings: Settings) -> int:
    story = _story(args, settings)
    limit, offset = _window(args)
    articles = None if args.all else PERSON_ARTICLES
    items = story.people(limit=limit, offset=offset, articles=articles)
    return _emit_list(args, items, story.count_people(), terminal.render_people)


def _timeline(args: argparse.Namespace, settings: Settings) -> int:
    story = _story(args, settings)
    limit, offset = _window(args)
    events = story.timeline(limit=limit, offset=offset)
    return _emit_list(args, events, story.count_timeline(), terminal.render_timeline) or _picture(
        args, lambda: _charts().timeline_chart(events)
    )


def _digest(args: argparse.Namespace, settings: Settings) -> int:
    from briefings.digests.compose import preview
    from briefings.digests.layout import render_text

    found = preview(_story(args, settings), since=args.since)
    return _emit(args, found, render_text, found.articles)


def _show(args: argparse.Namespace, settings: Settings) -> int:
    from briefings.articles import detail

    found = detail(open_sessions(args, settings), args.article)
    if found is None:
        print(f"briefbot: no stored article {args.article!r}", file=sys.stderr)
        return 1
    return _emit(args, found, terminal.render_article, [found])


def _forget(args: argparse.Namespace, settings: Settings) -> int:
    from briefings.articles import forget

    found = forget(open_sessions(args, settings), args.article)
    if found is None:
        print(f"briefbot: no stored article {args.article!r}", file=sys.stderr)
        return 1
    if args.json:
        _print_json({"items": [to_json(found)], "total": 1, "forgotten": found.id})
    else:
        title = found.title or found.path
        print(f"Forgot [{found.id}] {title}; the story was refreshed without it.")
        print("Its file is ingested again if it is still in a folder you ingest.")
    return 0


def _export(args: argparse.Namespace, settings: Settings) -> int:
    from briefings.cli.export import export

    text = export(_story(args, settings), args.format)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        print(f"briefbot: wrote {args.format} to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
