"""The stored tables read as Core tables, and the columns a citation shows."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, Connection, Row, func
from sqlalchemy.sql.base import ReadOnlyColumnCollection
from sqlalchemy.sql.elements import ColumnElement

from briefings.answers import SourceRef
from briefings.schema import (
    articles,
    entities,
    entity_names,
    event_groups,
    events,
    mentions,
    point_groups,
    points,
    quotes,
    story_articles,
)

if TYPE_CHECKING:
    from briefings.story.scope import Reader

# The tables read as Core tables (schema.py), never through the ORM: a query loads neither the
# ORM (its import and the mapping of every model, about 0.1 s of a command's start-up) nor, as
# the ORM's first query in a process would, configures every mapper and compiles each statement
# through its plugins (about 15 ms of CPU in every CLI command at 100k articles, load 6).
# `Quote.id` is the column quotes.id; rows are read as rows (`EntityRow`), with the same
# attributes the models have.
Article = articles.c
Entity = entities.c
Mention = mentions.c
PointGroup = point_groups.c
EntityName = entity_names.c
Event = events.c
EventGroup = event_groups.c
Point = points.c
Quote = quotes.c
StoryArticle = story_articles.c
Columns = ReadOnlyColumnCollection[str, Column[Any]]  # a table's columns: Point, Event
EntityRow = Row[Any]  # a row of the entities table: .id, .name, .kind, .role, .aliases, ...

REFS_PER_GROUP = 10  # sources cited under one point or event, newest first
# What a citation shows: read as columns, never whole articles with their bodies.
REF_COLUMNS = (
    Article.id,
    Article.path,
    Article.title,
    Article.outlet,
    Article.published,
    Article.date_precision,
)


def ref_of(row: Sequence[Any], text: str | None = None) -> SourceRef:
    """A citation from the values of REF_COLUMNS, in that order (`text`: a quote's wording)."""
    return SourceRef(row[0], row[1], row[2], row[3], row[4], row[5], None, text)


def newest_first(refs: Iterable[SourceRef]) -> list[SourceRef]:
    unique = {r.article_id: r for r in refs}.values()
    return sorted(unique, key=lambda r: (r.published or dt.date.min, r.article_id), reverse=True)


def day(date: dt.date | None) -> int:
    return (date or dt.date.min).toordinal()


def dialect_name(session: Reader) -> str:
    """The database a read goes to: "sqlite" or "postgresql" (an ORM session or a connection)."""
    if isinstance(session, Connection):
        return session.dialect.name
    return session.get_bind().dialect.name


def id_list(session: Reader, column: Any) -> ColumnElement[Any]:
    """The distinct values of an integer column, aggregated into one value per group."""
    if dialect_name(session) == "postgresql":
        return func.array_agg(column.distinct())
    return func.group_concat(column.distinct())  # SQLite: "3,17,42"


def ids_of(aggregated: str | list[int] | None) -> list[int]:
    """The ids `id_list` aggregated, in increasing order."""
    if not aggregated:
        return []
    if isinstance(aggregated, str):  # read by json's parser: twice as fast as int() on each
        return sorted(json.loads(f"[{aggregated}]"))
    return sorted(aggregated)
