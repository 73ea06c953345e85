"""The stored tables as Core `Table`s: the one statement of the schema (with the migrations).

The ORM classes of `models.py` are mapped onto these tables. A query reads them as they are
(`briefings.story`), so that a command like `briefbot brief` loads neither the ORM nor its 18
mappings (about 0.1 s of its start-up); building the tables here takes about 10 ms."""

import datetime as dt

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
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

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _article_id(primary_key: bool = False) -> Column[int]:
    """The article a row belongs to, removed with it."""
    return Column(
        "article_id",
        Integer,
        ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
        primary_key=primary_key,
    )


def _entity_id() -> Column[int]:
    """The entity a row belongs to, removed with it."""
    return Column(
        "entity_id",
        Integer,
        ForeignKey("entities.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


# One stored article: its metadata, cleaned body and summary.
articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("path", String(1024), nullable=False, unique=True),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("signature", LargeBinary, nullable=False),  # MinHash, to find syndicated copies
    Column("title", String(512)),
    Column("outlet", String(256)),
    Column("author", String(256)),
    Column("url", String(2048)),
    Column("published", Date, index=True),
    Column("date_precision", String(8), nullable=False, default="unknown"),
    # The date an update note states ("Updated: October 14, 2016"): never the publication date.
    Column("updated", Date),
    Column(
        "updated_precision",
        String(8),
        nullable=False,
        default="unknown",
        server_default="unknown",
    ),
    Column("body", Text, nullable=False),
    Column("summary", JSON, nullable=False, default=list),
    Column("word_count", Integer, nullable=False, default=0),
    Column("ingested_at", DateTime(timezone=True), nullable=False, index=True, default=utcnow),
)

# One locality-sensitive band key of an article's MinHash signature.
article_bands = Table(
    "article_bands",
    metadata,
    Column("id", Integer, primary_key=True),
    _article_id(),
    Column("band", Integer, nullable=False),
    Column("key", BigInteger, nullable=False),
    Index("ix_article_bands_key", "band", "key"),
)

# A person, organisation or place across the whole story, with every name it goes by.
entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(256), nullable=False, index=True),
    Column("kind", String(16), nullable=False),
    Column("role", String(512)),
    Column("aliases", JSON, nullable=False, default=list),
    Column("mentions", Integer, nullable=False, default=0),
    Column("article_count", Integer, nullable=False, default=0),
    Column("first_seen", DateTime(timezone=True), nullable=False, default=utcnow),
)

# One name an entity answers to (name, alias or surname), normalised for lookup.
entity_names = Table(
    "entity_names",
    metadata,
    Column("id", Integer, primary_key=True),
    _entity_id(),
    Column("key", String(256), nullable=False, index=True),
)

# A shorter key an organisation may go by ("dnc" for the Democratic National Convention,
# "treasury" for the Treasury Department; migration 0022): where an edit's release finds every
# body that could claim a short name, as a rebuild weighs them all. Never a lookup key.
entity_variants = Table(
    "entity_variants",
    metadata,
    Column("id", Integer, primary_key=True),
    _entity_id(),
    Column("key", String(256), nullable=False, index=True),
)

# An entity as one article names it, with the role that article gives.
mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    _article_id(),
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="SET NULL"), index=True),
    Column("name", String(256), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("role", String(512)),
    Column("aliases", JSON, nullable=False, default=list),
    Column("count", Integer, nullable=False, default=1),
)

# A direct quote found in one article, with its speaker as that article gives them.
quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True),
    _article_id(),
    Column("position", Integer, nullable=False),
    Column("paragraph", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("speaker", String(256)),
    Column("speaker_role", String(512)),
    Column("kind", String(8), nullable=False),
    # How likely the speaker is right, from how it was found (analysis/quotes/confidence/model.py)
    Column("confidence", Float, nullable=False, default=1.0, server_default="1.0"),
    Column("found_by", String(64), nullable=False, default="", server_default=""),
    # Who reports the speaker saying it, in a nested report ("Ruane said Marsh had told him “…”")
    Column("told_by", String(256)),
    # Story level: the entity who spoke, and the group of reports of the same words.
    Column("speaker_id", Integer, ForeignKey("entities.id", ondelete="SET NULL"), index=True),
    Column("cluster", Integer, index=True),
)

# A dated event reported in one article; `date` is None when the text gives no date.
events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    _article_id(),
    Column("position", Integer, nullable=False),
    Column("paragraph", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("date", Date, index=True),
    Column("date_precision", String(8), nullable=False),
    Column("cluster", Integer, index=True),
)

# A candidate briefing point: an informative sentence of one article.
points = Table(
    "points",
    metadata,
    Column("id", Integer, primary_key=True),
    _article_id(),
    Column("position", Integer, nullable=False),
    Column("paragraph", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("score", Float, nullable=False),
    Column("cluster", Integer, index=True),
    # The evidence: this sentence is its article's statement of its group's point; the share of
    # the point's content words it holds (it holds every name and number of it), 1.0 for the
    # point's own sentence (migration 0010).
    Column("support", Float, nullable=False, default=1.0, server_default="1.0"),
)

# A fact of the story: the points of several articles that state it, refreshed after ingest.
point_groups = Table(
    "point_groups",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("representative_id", Integer, nullable=False),
    Column("score", Float, nullable=False, index=True),
    Column("article_count", Integer, nullable=False),
    Column("published", Date, index=True),  # newest report
    Column("first_published", Date),
)

# An event of the timeline: the reports of several articles, with the most precise date.
event_groups = Table(
    "event_groups",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("representative_id", Integer, nullable=False),
    Column("date", Date, index=True),
    Column("date_precision", String(8), nullable=False),
    Column("article_count", Integer, nullable=False),
)

# An entity an edited or forgotten article touched (migration 0015): written in the transaction
# that removes the article, its mentions are linked anew by the next refresh, which keeps the
# entity's id when they make the same entity again, and empties the table.
released_entities = Table(
    "released_entities",
    metadata,
    Column("entity_id", Integer, primary_key=True, autoincrement=False),
)

# A large place or organisation an edited or forgotten article named (migration 0022), whose
# members change by that article's own mentions only (the same names and aliases stay, no other
# entity answers to its keys): not linked anew, its figures (name, role, aliases, counts) are
# recomputed from its mentions by the next refresh, as a rebuild would give them.
patched_entities = Table(
    "patched_entities",
    metadata,
    Column("entity_id", Integer, primary_key=True, autoincrement=False),
)

# One row: how far the story-wide results are behind the stored articles (migration 0006).
#
# Each committed batch of articles raises `written` in its own transaction (and sets `rebuild`
# to it when it changed or removed a stored article); a story refresh sets `refreshed` to the
# `written` it started from, in the refresh's own transaction. A refresh is owed while
# `written > refreshed`, a full rebuild while `rebuild > refreshed`: a killed refresh leaves
# them so, and the next ingest, the bot at start or `briefbot repair` finishes it.
story_state = Table(
    "story_state",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("written", BigInteger, nullable=False, default=0),
    Column("refreshed", BigInteger, nullable=False, default=0),
    Column("rebuild", BigInteger, nullable=False, default=0),
)

# A story a server follows (migration 0018): its name, the keywords an article must match to
# join it, and its digest settings. No row is needed for the default story: every article
# belongs to it, as before stories existed.
stories = Table(
    "stories",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("include", JSON, nullable=False, default=list),  # any of these words, when given
    Column("exclude", JSON, nullable=False, default=list),  # none of these words
    Column("channel_id", BigInteger),  # the story's channel (notices)
    Column("thread_id", BigInteger),  # post into this thread instead
    Column("role_id", BigInteger),  # mentioned in its digests
    # The story's digests: what was stored up to this time has been posted (or was a first fetch).
    Column("digest_mark", DateTime(timezone=True)),
    Column("created_at", DateTime(timezone=True), nullable=False, default=utcnow),
)

# An article's membership of a named story (many to many). `announce` is false for what a
# source's first fetch stored: a new feed's back catalogue is kept, never posted.
story_articles = Table(
    "story_articles",
    metadata,
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    _article_id(primary_key=True),
    Column("announce", Boolean, nullable=False, default=True),
    Column("added_at", DateTime(timezone=True), nullable=False, default=utcnow),
)

# A feed, an article page or a folder a story is fed from, with its health (migration 0018).
#
# `claimed_until`: a worker holds the source until then (claimed under FOR UPDATE SKIP LOCKED on
# PostgreSQL), so two workers never fetch it at once; a killed worker's claim runs out.
sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="CASCADE"), index=True),
    Column("url", String(2048), nullable=False),
    Column("kind", String(8), nullable=False),  # feed, page or folder
    Column("interval_seconds", Integer, nullable=False, default=900),
    Column("etag", String(512)),
    Column("last_modified", String(128)),
    Column("next_due", DateTime(timezone=True), index=True),
    Column("claimed_until", DateTime(timezone=True)),
    Column("fetched_once", Boolean, nullable=False, default=False),
    Column("last_success", DateTime(timezone=True)),
    Column("last_error", Text),
    Column("last_error_at", DateTime(timezone=True)),
    Column("failures", Integer, nullable=False, default=0),  # consecutive
    Column("paused", Boolean, nullable=False, default=False),
    Column("notified", Boolean, nullable=False, default=False),  # the pause was reported
    Column("fetches", Integer, nullable=False, default=0),  # successful fetches, ever
    Column("created_at", DateTime(timezone=True), nullable=False, default=utcnow),
)

# An item of a feed already handled (by its GUID, else its link): never fetched again.
source_items = Table(
    "source_items",
    metadata,
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True),
    Column("key", String(64), primary_key=True),  # sha256 of GUID or link
    Column("article_id", Integer),
    Column("seen_at", DateTime(timezone=True), nullable=False, default=utcnow),
)

# Indexes for the commands' queries (migration 0004). The words of quotes are kept by the
# database alone, read through SQL text in story/words.py: on SQLite the full-text table quotes_fts
# (0004, kept in step by triggers), on PostgreSQL the generated tsvector column quotes.words
# with its GIN index ix_quotes_words (0005).
Index("ix_articles_published_id", articles.c.published.desc(), articles.c.id).ddl_if(
    dialect="sqlite"
)
Index("ix_articles_published_id", articles.c.published.desc().nulls_last(), articles.c.id).ddl_if(
    dialect="postgresql"
)
Index("ix_articles_id_published", articles.c.id, articles.c.published)  # 0005
# 0023: the undated articles (`brief --since`) counted from the partial index
# ix_articles_undated alone. Like the words' indexes it is kept by the database alone (not
# declared here, see migrations/env.py): its dialect options would load the PostgreSQL dialect
# (asyncio, ssl) at every start of a command on SQLite, about 20 ms.
UNDATED_SQL = "published IS NULL OR date_precision = 'unknown'"
Index("ix_entities_lower_name", func.lower(entities.c.name))
Index("ix_entities_mentions", entities.c.mentions.desc(), entities.c.name)
Index("ix_mentions_entity_article", mentions.c.entity_id, mentions.c.article_id)
Index("ix_mentions_lower_name", func.lower(mentions.c.name))
Index("ix_quotes_speaker", quotes.c.speaker, quotes.c.id)
Index("ix_quotes_speaker_id_id", quotes.c.speaker_id, quotes.c.id)
Index("ix_event_groups_date_id", event_groups.c.date.desc(), event_groups.c.id.desc())
Index("ix_point_groups_score_id", point_groups.c.score.desc(), point_groups.c.id)
