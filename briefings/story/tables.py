"""The stored tables read as Core tables, and the columns a citation shows."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Column, Row, func
from sqlalchemy.orm import Session
from sqlalchemy.sql.base import ReadOnlyColumnCollection
from sqlalchemy.sql.elements import ColumnElement

from briefings import models
from briefings.answers import SourceRef
from briefings.models import table_of

# The tables read as Core tables, never through the ORM: its first query in a process configures
# every mapper and each statement compiles through its plugins, about 15 ms of CPU in every CLI
# command (100k articles, load 6). `Quote.id` is the column quotes.id; rows are read as rows
# (`EntityRow`), with the same attributes the models have.
articles = table_of(models.Article)
entities = table_of(models.Entity)
mentions = table_of(models.Mention)
point_groups = table_of(models.PointGroup)
event_groups = table_of(models.EventGroup)
events = table_of(models.Event)
quotes = table_of(models.Quote)
Article = articles.c
Entity = entities.c
Mention = mentions.c
PointGroup = point_groups.c
EntityName = table_of(models.EntityName).c
Event = events.c
EventGroup = event_groups.c
Point = table_of(models.Point).c
Quote = quotes.c
StoryArticle = table_of(models.StoryArticle).c
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


def id_list(session: Session, column: Any) -> ColumnElement[Any]:
    """The distinct values of an integer column, aggregated into one value per group."""
    if session.get_bind().dialect.name == "postgresql":
        return func.array_agg(column.distinct())
    return func.group_concat(column.distinct())  # SQLite: "3,17,42"


def ids_of(aggregated: str | list[int] | None) -> list[int]:
    """The ids `id_list` aggregated, in increasing order."""
    if not aggregated:
        return []
    if isinstance(aggregated, str):  # read by json's parser: twice as fast as int() on each
        return sorted(json.loads(f"[{aggregated}]"))
    return sorted(aggregated)
