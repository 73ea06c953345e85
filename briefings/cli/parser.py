"""The command line's parser: every domain command with its options, built for the asked command alone."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from briefings.cli.asking import brief, digest, export, people, quote, sources, timeline, who
from briefings.cli.keeping import forget, ingest, rebuild, repair, show
from briefings.cli.output import DEFAULT_LIMIT, PERSON_ARTICLES, Handler, open_sessions

if TYPE_CHECKING:
    pass


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


def count(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number")
    return int(value)


def paged(sub: argparse.ArgumentParser, what: str, every: str | None = None) -> None:
    """--limit, --offset and --all on a list command."""
    sub.add_argument(
        "--limit",
        type=count,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"at most N {what} (default {DEFAULT_LIMIT}); the answer says when some are left out",
    )
    sub.add_argument(
        "--offset", type=count, default=0, metavar="N", help=f"skip the first N {what}"
    )
    sub.add_argument("--all", action="store_true", help=every or f"every {what[:-1]}, however many")


def date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2023-09-01") from None


def workers(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (0: every core)")
    return int(value)


def moment(value: str) -> dt.datetime:
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

    sub = command("ingest", ingest, "ingest article files and folders (.txt, .md, .html)")
    sub.add_argument("paths", nargs="+", metavar="PATH")
    sub.add_argument(
        "--workers",
        type=workers,
        default=1,
        metavar="N",
        help="processes reading and analysing articles (0: one per core; default 1)",
    )
    sub = command("repair", repair, "finish a story refresh that an interrupted ingest left owed")
    sub.add_argument("--full", action="store_true", help="rebuild the whole story, owed or not")
    command(
        "rebuild",
        rebuild,
        "rebuild the whole story from the stored articles (after an analysis change)",
    )
    sub = command("sources", sources, "list the stored articles with their metadata and summary")
    paged(sub, "articles")
    _bare_list(sub)
    _png_option(sub, "coverage over time by outlet")
    sub = command("brief", brief, "the story briefing: key points, each with its sources")
    sub.add_argument("--focus", help="a person, organisation or word to focus on")
    sub.add_argument("--since", type=date, help="only articles published on or after this date")
    sub.add_argument(
        "--evidence",
        action="store_true",
        help="under each point, the sentence each cited article printed that states it",
    )
    sub = command("quote", quote, "direct quotes with their speakers and sources")
    sub.add_argument("speaker", nargs="?", help="who said it (any name or surname)")
    sub.add_argument("--about", help="a word the quote must contain")
    paged(sub, "quotes")
    sub = command("who", who, "who is who: role, aliases, mentions, quotes")
    sub.add_argument("name", nargs="+")
    _png_option(sub, "the person's network: who is named and quoted with them")
    sub = command("people", people, "the people and organisations in the story")
    paged(
        sub,
        "people",
        f"every person, with every article id (else the last {PERSON_ARTICLES} stored of each)",
    )
    _bare_list(sub)
    sub = command("timeline", timeline, "dated events in order, with their sources")
    paged(sub, "events")
    _bare_list(sub)
    _png_option(sub, "the dated events on a time axis")
    sub = command("digest", digest, "what a scheduled digest would post now")
    sub.add_argument(
        "--preview", action="store_true", help="print it (the only mode here; the bot posts)"
    )
    sub.add_argument(
        "--since",
        type=moment,
        help="what was ingested since this time (brief --since: published since a date)",
    )
    sub = command("show", show, "an article's metadata, what was found in it, its cleaned text")
    sub.add_argument("article", metavar="ID|PATH")
    sub = command(
        "forget",
        forget,
        "remove an article and everything derived from it; the story is refreshed",
    )
    sub.add_argument("article", metavar="ID|PATH")
    sub = command(
        "export",
        export,
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


def subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction[Any]:
    """The parser's commands (adapters add theirs to it)."""
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def command_names(parser: argparse.ArgumentParser) -> set[str]:
    return set(subcommands(parser).choices)
