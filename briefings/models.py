"""The ORM classes of the stored tables: articles and what analysis found in them, and the
story-level entities. Each is mapped onto its table in `schema.py` (which says what it stores),
with its relationships; writes use them, queries read the tables alone."""

# No `from __future__ import annotations`: the mapping reads the annotations as objects instead
# of evaluating strings; a model named before it is defined is written as a string ("Quote").

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import JSON, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from briefings import schema
from briefings.schema import UNDATED_SQL, utcnow  # noqa: F401 (as they were imported from here)


class Base(DeclarativeBase):
    metadata = schema.metadata
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


def table_of(model: type[Base]) -> Table:
    """The model's table: Core statements on it skip the ORM's per-row work (bulk writes)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


class Article(Base):
    """One stored article: its metadata, cleaned body and summary."""

    __table__ = schema.articles

    id: Mapped[int]
    path: Mapped[str]
    content_hash: Mapped[str]
    signature: Mapped[bytes]
    title: Mapped[str | None]
    outlet: Mapped[str | None]
    author: Mapped[str | None]
    url: Mapped[str | None]
    published: Mapped[dt.date | None]
    date_precision: Mapped[str]
    updated: Mapped[dt.date | None]
    updated_precision: Mapped[str]
    body: Mapped[str]
    summary: Mapped[list[str]]
    word_count: Mapped[int]
    ingested_at: Mapped[dt.datetime]

    quotes: Mapped[list["Quote"]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )
    mentions: Mapped[list["Mention"]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )
    events: Mapped[list["Event"]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )
    points: Mapped[list["Point"]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )
    bands: Mapped[list["ArticleBand"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class ArticleBand(Base):
    """One locality-sensitive band key of an article's MinHash signature."""

    __table__ = schema.article_bands

    id: Mapped[int]
    article_id: Mapped[int]
    band: Mapped[int]
    key: Mapped[int]


class Entity(Base):
    """A person, organisation or place across the whole story, with every name it goes by."""

    __table__ = schema.entities

    id: Mapped[int]
    name: Mapped[str]
    kind: Mapped[str]
    role: Mapped[str | None]
    aliases: Mapped[list[str]]
    mentions: Mapped[int]
    article_count: Mapped[int]
    first_seen: Mapped[dt.datetime]


class EntityName(Base):
    """One name an entity answers to (name, alias or surname), normalised for lookup."""

    __table__ = schema.entity_names

    id: Mapped[int]
    entity_id: Mapped[int]
    key: Mapped[str]


class EntityVariant(Base):
    """A shorter key an organisation may go by (migration 0022): never a lookup key."""

    __table__ = schema.entity_variants

    id: Mapped[int]
    entity_id: Mapped[int]
    key: Mapped[str]


class Mention(Base):
    """An entity as one article names it, with the role that article gives."""

    __table__ = schema.mentions

    id: Mapped[int]
    article_id: Mapped[int]
    entity_id: Mapped[int | None]
    name: Mapped[str]
    kind: Mapped[str]
    role: Mapped[str | None]
    aliases: Mapped[list[str]]
    count: Mapped[int]

    article: Mapped[Article] = relationship(back_populates="mentions")


class Quote(Base):
    """A direct quote found in one article, with its speaker as that article gives them."""

    __table__ = schema.quotes

    id: Mapped[int]
    article_id: Mapped[int]
    position: Mapped[int]
    paragraph: Mapped[int]
    text: Mapped[str]
    speaker: Mapped[str | None]
    speaker_role: Mapped[str | None]
    kind: Mapped[str]
    confidence: Mapped[float]
    found_by: Mapped[str]
    told_by: Mapped[str | None]
    speaker_id: Mapped[int | None]
    cluster: Mapped[int | None]

    article: Mapped[Article] = relationship(back_populates="quotes")


class Event(Base):
    """A dated event reported in one article; `date` is None when the text gives no date."""

    __table__ = schema.events

    id: Mapped[int]
    article_id: Mapped[int]
    position: Mapped[int]
    paragraph: Mapped[int]
    text: Mapped[str]
    date: Mapped[dt.date | None]
    date_precision: Mapped[str]
    cluster: Mapped[int | None]

    article: Mapped[Article] = relationship(back_populates="events")


class Point(Base):
    """A candidate briefing point: an informative sentence of one article."""

    __table__ = schema.points

    id: Mapped[int]
    article_id: Mapped[int]
    position: Mapped[int]
    paragraph: Mapped[int]
    text: Mapped[str]
    score: Mapped[float]
    cluster: Mapped[int | None]
    support: Mapped[float]

    article: Mapped[Article] = relationship(back_populates="points")


class PointGroup(Base):
    """A fact of the story: the points of several articles that state it, refreshed after ingest."""

    __table__ = schema.point_groups

    id: Mapped[int]
    text: Mapped[str]
    representative_id: Mapped[int]
    score: Mapped[float]
    article_count: Mapped[int]
    published: Mapped[dt.date | None]
    first_published: Mapped[dt.date | None]


class EventGroup(Base):
    """An event of the timeline: the reports of several articles, with the most precise date."""

    __table__ = schema.event_groups

    id: Mapped[int]
    text: Mapped[str]
    representative_id: Mapped[int]
    date: Mapped[dt.date | None]
    date_precision: Mapped[str]
    article_count: Mapped[int]


class ReleasedEntity(Base):
    """An entity an edited or forgotten article touched (migration 0015), linked anew next."""

    __table__ = schema.released_entities

    entity_id: Mapped[int]


class PatchedEntity(Base):
    """A large body an edited or forgotten article named (migration 0022), recomputed next."""

    __table__ = schema.patched_entities

    entity_id: Mapped[int]


class StoryState(Base):
    """One row: how far the story-wide results are behind the stored articles (migration 0006)."""

    __table__ = schema.story_state

    id: Mapped[int]
    written: Mapped[int]
    refreshed: Mapped[int]
    rebuild: Mapped[int]


class StoryRow(Base):
    """A story a server follows (migration 0018): its name, keywords and digest settings."""

    __table__ = schema.stories

    id: Mapped[int]
    name: Mapped[str]
    include: Mapped[list[str]]
    exclude: Mapped[list[str]]
    channel_id: Mapped[int | None]
    thread_id: Mapped[int | None]
    role_id: Mapped[int | None]
    digest_mark: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime]


class StoryArticle(Base):
    """An article's membership of a named story (many to many)."""

    __table__ = schema.story_articles

    story_id: Mapped[int]
    article_id: Mapped[int]
    announce: Mapped[bool]
    added_at: Mapped[dt.datetime]


class Source(Base):
    """A feed, an article page or a folder a story is fed from, with its health (migration 0018)."""

    __table__ = schema.sources

    id: Mapped[int]
    story_id: Mapped[int | None]
    url: Mapped[str]
    kind: Mapped[str]
    interval_seconds: Mapped[int]
    etag: Mapped[str | None]
    last_modified: Mapped[str | None]
    next_due: Mapped[dt.datetime | None]
    claimed_until: Mapped[dt.datetime | None]
    fetched_once: Mapped[bool]
    last_success: Mapped[dt.datetime | None]
    last_error: Mapped[str | None]
    last_error_at: Mapped[dt.datetime | None]
    failures: Mapped[int]
    paused: Mapped[bool]
    notified: Mapped[bool]
    fetches: Mapped[int]
    created_at: Mapped[dt.datetime]


class SourceItem(Base):
    """An item of a feed already handled (by its GUID, else its link): never fetched again."""

    __table__ = schema.source_items

    source_id: Mapped[int]
    key: Mapped[str]
    article_id: Mapped[int | None]
    seen_at: Mapped[dt.datetime]
