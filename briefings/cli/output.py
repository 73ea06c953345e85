"""What every command shares: the database and story it answers from, and its answer printed as text or JSON."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from briefings.cli import json_text, terminal
from briefings.config import Settings
from briefings.db import open_engine, session_factory
from briefings.story import Story

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from briefings.charts import Chart


Handler = Callable[[argparse.Namespace, Settings], int]
DEFAULT_LIMIT = 50  # items a list command prints unless given --limit or --all
PERSON_ARTICLES = 20  # article ids `people` gives per person (the last stored) unless --all


def open_engine_of(args: argparse.Namespace, settings: Settings) -> Engine:
    """The database of --db, else DATABASE_URL, else the per-user default; when it is new or
    holds no article, stderr says which one it is (no silent empty database)."""
    from briefings.cli.database_notice import notice_if_empty, sqlite_file_is_new

    url = getattr(args, "db", None) or settings.database_url
    new = sqlite_file_is_new(url)
    engine = open_engine(url)
    notice_if_empty(engine, url, new=new)
    return engine


def open_sessions(args: argparse.Namespace, settings: Settings) -> sessionmaker[Session]:
    """`open_engine_of`'s database, as the ORM's session factory (the commands that write)."""
    return session_factory(open_engine_of(args, settings))


def story_of(args: argparse.Namespace, settings: Settings) -> Story:
    """The story to answer from: `--story NAME`, else every article (the default story). It
    reads through the engine's connections: a query loads no ORM (about 0.1 s of a start)."""
    engine = open_engine_of(args, settings)
    name = getattr(args, "story", None)
    if not name:
        return Story(engine)
    from briefings.sources.stories import StoryError, story_id  # only for a named story

    with Story(engine).sessions() as session:
        try:
            return Story(engine, story_id(session, name))
        except StoryError as exc:
            print(f"briefbot: {exc}", file=sys.stderr)
            raise SystemExit(1) from None


def print_json(value: Any) -> None:
    print(json_text.dumps(value))


def fields(answer: Any) -> dict[str, Any]:
    """An answer's own keys, as `to_json` names them (its values are written as they are)."""
    return {f.name: getattr(answer, f.name) for f in dataclasses.fields(answer)}


def emit(args: argparse.Namespace, value: Any, text: Callable[[Any], str], items: list[Any]) -> int:
    """An answer as text, or as JSON: its own keys plus `items` and `total`."""
    if getattr(args, "json", False):
        print_json({**fields(value), "items": items, "total": len(items)})
    else:
        print(terminal.safe(text(value)))
    return 0


def window(args: argparse.Namespace) -> tuple[int | None, int]:
    return (None if args.all else args.limit), args.offset


def emit_list(
    args: argparse.Namespace, items: list[Any], total: int, text: Callable[[Any], str]
) -> int:
    """A list answer: JSON {"items", "total", "offset", "limit", "cut"}, or text with a last
    line saying what was left out."""
    limit, offset = window(args)
    cut = offset > 0 or offset + len(items) < total
    if getattr(args, "json_list", False):
        print_json(items)
    elif getattr(args, "json", False):
        envelope = {"items": items, "total": total, "offset": offset, "limit": limit, "cut": cut}
        print_json(envelope)
    else:
        print(terminal.safe(text(items)))
        if cut:
            print(terminal.cut_line(len(items), total, offset))
    return 0


def charts() -> Any:
    """The pictures' module, imported when one is drawn."""
    from briefings import charts

    return charts


def picture(args: argparse.Namespace, draw: Callable[[], Chart | None]) -> int:
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
