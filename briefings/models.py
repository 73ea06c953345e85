"""Database tables: articles and what analysis found in them, and the story-level entities."""

# No `from __future__ import annotations`: the mapping reads the annotations as objects instead
# of evaluating 275 strings (6 of the 36 ms this module takes to import, at every command's
# start); a model named before it is defined is written as a string ("Quote").

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


def table_of(model: type[Base]) -> Table:
    """The model's table: Core statements on it skip the ORM's per-row work (bulk writes)."""
    return Base.metadata.tables[model.__tablename__]


class Article(Base):
    """One stored article: its metadata, cleaned body and summary."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(String(1024), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    signature: Mapped[bytes] = mapped_column(LargeBinary)  # MinHash, to find syndicated copies
    title: Mapped[str | None] = mapped_column(String(512))
    outlet: Mapped[str | None] = mapped_column(String(256))
    author: Mapped[str | None] = mapped_column(String(256))
    url: Mapped[str | None] = mapped_column(String(2048))
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_precision: Mapped[str] = mapped_column(String(8), default="unknown")
    # The date an update note states ("Updated: October 14, 2016"): never the publication date.
    updated: Mapped[dt.date | None] = mapped_column(Date)
    updated_precision: Mapped[str] = mapped_column(
        String(8), default="unknown", server_default="unknown"
    )
    body: Mapped[str] = mapped_column(Text)
    summary: Mapped[list[str]] = mapped_column(default=list)
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    ingested_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, index=True
    )

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

    __tablename__ = "article_bands"
    __table_args__ = (Index("ix_article_bands_key", "band", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    band: Mapped[int] = mapped_column(Integer)
    key: Mapped[int] = mapped_column(BigInteger)


class Entity(Base):
    """A person, organisation or place across the whole story, with every name it goes by."""

    __tablename__ = "entities"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(256), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    role: Mapped[str | None] = mapped_column(String(512))
    aliases: Mapped[list[str]] = mapped_column(default=list)
    mentions: Mapped[int] = mapped_column(Integer, default=0)
    article_count: Mapped[int] = mapped_column(Integer, default=0)
    first_seen: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class EntityName(Base):
    """One name an entity answers to (name, alias or surname), normalised for lookup."""

    __tablename__ = "entity_names"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(256), index=True)


class EntityVariant(Base):
    """A shorter key an organisation may go by ("dnc" for the Democratic National Convention,
    "treasury" for the Treasury Department; migration 0022): where an edit's release finds every
    body that could claim a short name, as a rebuild weighs them all. Never a lookup key."""

    __tablename__ = "entity_variants"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(256), index=True)


class Mention(Base):
    """An entity as one article names it, with the role that article gives."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    entity_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(256))
    kind: Mapped[str] = mapped_column(String(16))
    role: Mapped[str | None] = mapped_column(String(512))
    aliases: Mapped[list[str]] = mapped_column(default=list)
    count: Mapped[int] = mapped_column(Integer, default=1)

    article: Mapped[Article] = relationship(back_populates="mentions")


class Quote(Base):
    """A direct quote found in one article, with its speaker as that article gives them."""

    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    paragraph: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    speaker: Mapped[str | None] = mapped_column(String(256))
    speaker_role: Mapped[str | None] = mapped_column(String(512))
    kind: Mapped[str] = mapped_column(String(8))
    # How likely the speaker is right, from how it was found (analysis/quotes/confidence/model.py)
    confidence: Mapped[float] = mapped_column(Float, default=1.0, server_default="1.0")
    found_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # Story level: the entity who spoke, and the group of reports of the same words.
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    cluster: Mapped[int | None] = mapped_column(Integer, index=True)

    article: Mapped[Article] = relationship(back_populates="quotes")


class Event(Base):
    """A dated event reported in one article; `date` is None when the text gives no date."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    paragraph: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_precision: Mapped[str] = mapped_column(String(8))
    cluster: Mapped[int | None] = mapped_column(Integer, index=True)

    article: Mapped[Article] = relationship(back_populates="events")


class Point(Base):
    """A candidate briefing point: an informative sentence of one article."""

    __tablename__ = "points"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    paragraph: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    score: Mapped[float] = mapped_column(Float)
    cluster: Mapped[int | None] = mapped_column(Integer, index=True)
    # The evidence: this sentence is its article's statement of its group's point; the share of
    # the point's content words it holds (it holds every name and number of it), 1.0 for the
    # point's own sentence (migration 0010).
    support: Mapped[float] = mapped_column(Float, default=1.0, server_default="1.0")

    article: Mapped[Article] = relationship(back_populates="points")


class PointGroup(Base):
    """A fact of the story: the points of several articles that state it, refreshed after ingest."""

    __tablename__ = "point_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    representative_id: Mapped[int] = mapped_column(Integer)
    score: Mapped[float] = mapped_column(Float, index=True)
    article_count: Mapped[int] = mapped_column(Integer)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)  # newest report
    first_published: Mapped[dt.date | None] = mapped_column(Date)


class EventGroup(Base):
    """An event of the timeline: the reports of several articles, with the most precise date."""

    __tablename__ = "event_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    representative_id: Mapped[int] = mapped_column(Integer)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_precision: Mapped[str] = mapped_column(String(8))
    article_count: Mapped[int] = mapped_column(Integer)


class ReleasedEntity(Base):
    """An entity an edited or forgotten article touched (migration 0015): written in the
    transaction that removes the article, its mentions are linked anew by the next refresh,
    which keeps the entity's id when they make the same entity again, and empties the table."""

    __tablename__ = "released_entities"

    entity_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class PatchedEntity(Base):
    """A large place or organisation an edited or forgotten article named (migration 0022), whose
    members change by that article's own mentions only (the same names and aliases stay, no other
    entity answers to its keys): not linked anew, its figures (name, role, aliases, counts) are
    recomputed from its mentions by the next refresh, as a rebuild would give them."""

    __tablename__ = "patched_entities"

    entity_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class StoryState(Base):
    """One row: how far the story-wide results are behind the stored articles (migration 0006).

    Each committed batch of articles raises `written` in its own transaction (and sets `rebuild`
    to it when it changed or removed a stored article); a story refresh sets `refreshed` to the
    `written` it started from, in the refresh's own transaction. A refresh is owed while
    `written > refreshed`, a full rebuild while `rebuild > refreshed`: a killed refresh leaves
    them so, and the next ingest, the bot at start or `briefbot repair` finishes it."""

    __tablename__ = "story_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    written: Mapped[int] = mapped_column(BigInteger, default=0)
    refreshed: Mapped[int] = mapped_column(BigInteger, default=0)
    rebuild: Mapped[int] = mapped_column(BigInteger, default=0)


class StoryRow(Base):
    """A story a server follows (migration 0018): its name, the keywords an article must match
    to join it, and its digest settings. No row is needed for the default story: every article
    belongs to it, as before stories existed."""

    __tablename__ = "stories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    include: Mapped[list[str]] = mapped_column(default=list)  # any of these words, when given
    exclude: Mapped[list[str]] = mapped_column(default=list)  # none of these words
    channel_id: Mapped[int | None] = mapped_column(BigInteger)  # the story's channel (notices)
    thread_id: Mapped[int | None] = mapped_column(BigInteger)  # post into this thread instead
    role_id: Mapped[int | None] = mapped_column(BigInteger)  # mentioned in its digests
    # The story's digests: what was stored up to this time has been posted (or was a first fetch).
    digest_mark: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class StoryArticle(Base):
    """An article's membership of a named story (many to many). `announce` is false for what a
    source's first fetch stored: a new feed's back catalogue is kept, never posted."""

    __tablename__ = "story_articles"

    story_id: Mapped[int] = mapped_column(
        ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True
    )
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    announce: Mapped[bool] = mapped_column(Boolean, default=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Source(Base):
    """A feed, an article page or a folder a story is fed from, with its health (migration 0018).

    `claimed_until`: a worker holds the source until then (claimed under FOR UPDATE SKIP LOCKED on
    PostgreSQL), so two workers never fetch it at once; a killed worker's claim runs out."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int | None] = mapped_column(
        ForeignKey("stories.id", ondelete="CASCADE"), index=True
    )
    url: Mapped[str] = mapped_column(String(2048))
    kind: Mapped[str] = mapped_column(String(8))  # feed, page or folder
    interval_seconds: Mapped[int] = mapped_column(Integer, default=900)
    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(128))
    next_due: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    claimed_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    fetched_once: Mapped[bool] = mapped_column(Boolean, default=False)
    last_success: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    failures: Mapped[int] = mapped_column(Integer, default=0)  # consecutive
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    notified: Mapped[bool] = mapped_column(Boolean, default=False)  # the pause was reported
    fetches: Mapped[int] = mapped_column(Integer, default=0)  # successful fetches, ever
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SourceItem(Base):
    """An item of a feed already handled (by its GUID, else its link): never fetched again."""

    __tablename__ = "source_items"

    source_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of GUID or link
    article_id: Mapped[int | None] = mapped_column(Integer)
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


# Indexes for the commands' queries (migration 0004). The words of quotes are kept by the
# database alone, read through SQL text in story/words.py: on SQLite the full-text table quotes_fts
# (0004, kept in step by triggers), on PostgreSQL the generated tsvector column quotes.words
# with its GIN index ix_quotes_words (0005).
Index("ix_articles_published_id", Article.published.desc(), Article.id).ddl_if(dialect="sqlite")
Index("ix_articles_published_id", Article.published.desc().nulls_last(), Article.id).ddl_if(
    dialect="postgresql"
)
Index("ix_articles_id_published", Article.id, Article.published)  # 0005
# 0023: the undated articles (`brief --since`) counted from the partial index
# ix_articles_undated alone. Like the words' indexes it is kept by the database alone (not
# declared here, see migrations/env.py): its dialect options would load the PostgreSQL dialect
# (asyncio, ssl) at every start of a command on SQLite, about 20 ms.
UNDATED_SQL = "published IS NULL OR date_precision = 'unknown'"
Index("ix_entities_lower_name", func.lower(Entity.name))
Index("ix_entities_mentions", Entity.mentions.desc(), Entity.name)
Index("ix_mentions_entity_article", Mention.entity_id, Mention.article_id)
Index("ix_mentions_lower_name", func.lower(Mention.name))
Index("ix_quotes_speaker", Quote.speaker, Quote.id)
Index("ix_quotes_speaker_id_id", Quote.speaker_id, Quote.id)
Index("ix_event_groups_date_id", EventGroup.date.desc(), EventGroup.id.desc())
Index("ix_point_groups_score_id", PointGroup.score.desc(), PointGroup.id)
