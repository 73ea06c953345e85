"""Migrations: indexes and quote-word search come and go (0004-0005); head is the declared schema;
stored near-duplicate signatures follow the signature scheme (0025)."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, sessionmaker

from briefings.db import alembic_config
from briefings.ingest import ingest_paths
from briefings.ingest.fingerprint import band_keys, signature
from briefings.models import Article, ArticleBand
from briefings.story import Story
from tests.conftest import SEEDS

INDEXES = {"ix_articles_published_id", "ix_entities_mentions", "ix_mentions_entity_article"}


def _has_words_column(sessions: sessionmaker[Session]) -> bool:
    """PostgreSQL's stored tsvector of quote words (0005); SQLite searches quotes_fts instead."""
    columns = inspect(sessions.kw["bind"]).get_columns("quotes")
    return any(c["name"] == "words" for c in columns)


def _indexes(sessions: sessionmaker[Session]) -> set[str]:
    engine = sessions.kw["bind"]
    found = inspect(engine)
    return {
        i["name"]
        for table in ("articles", "entities", "mentions")
        for i in found.get_indexes(table)
        if i["name"]
    }


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection")
def test_downgrade_and_upgrade_again_keep_word_search(sessions: sessionmaker[Session]) -> None:
    postgres = sessions.kw["bind"].dialect.name == "postgresql"
    assert _indexes(sessions) >= INDEXES
    assert _has_words_column(sessions) == postgres
    config = alembic_config(sessions.kw["bind"])
    command.downgrade(config, "0003")
    assert not INDEXES & _indexes(sessions)
    assert not _has_words_column(sessions)
    command.upgrade(config, "head")
    assert _indexes(sessions) >= INDEXES
    assert _has_words_column(sessions) == postgres
    ingest_paths(sessions, [SEEDS])  # quotes stored after the upgrade reach the word index
    story = Story(sessions)
    found = story.quotes(about="price")
    assert found.quotes and all("price" in q.text.lower() for q in found.quotes)
    assert not story.quotes(about="pric").quotes  # whole words only, as before
    assert story.quotes(about="PRICE").quotes == found.quotes
    assert story.quotes(about="?!").note  # no word in it: nothing, said plainly


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression")
def test_the_migrations_build_the_schema_the_code_declares(
    sessions: sessionmaker[Session],
) -> None:
    """`alembic check` finds nothing to add or drop after upgrading to head: the models and the
    migrations describe one schema (the full-text index and its shadow tables excluded, being
    kept by the database alone; the index declared per dialect checked on its own)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from briefings.migrations.owned import include_object
    from briefings.models import Base

    with sessions.kw["bind"].connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": include_object})
        assert compare_metadata(context, Base.metadata) == []
        if connection.dialect.name == "postgresql":  # the index declared per dialect, as declared
            form = connection.exec_driver_sql(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_articles_published_id'"
            ).scalar()
            assert "(published DESC NULLS LAST, id)" in str(form)


STORY = (
    "Harbour strike ends\n\n"
    "The dock workers of Port Elling voted on Tuesday to end a strike that had closed the "
    "harbour for nine days, after the port authority agreed to raise wages by six percent and "
    "to hire forty more crane operators before the spring. Union leader Maria Costa said the "
    "deal was fair but came too late for the fishing fleet, which lost most of its winter catch "
    "while the boats waited outside the breakwater. The authority's director, Paul Brandt, said "
    "ships would be unloaded around the clock until the backlog of containers was cleared.\n"
)


def _signatures(sessions: sessionmaker[Session]) -> list[tuple[str, bytes, list[int]]]:
    """Each stored article's body, signature and band keys (in band order)."""
    with sessions() as session:
        rows = session.execute(select(Article.id, Article.body, Article.signature)).all()
        bands = session.execute(
            select(ArticleBand.article_id, ArticleBand.key).order_by(ArticleBand.band)
        ).all()
    return [(body, sig, [k for a, k in bands if a == i]) for i, body, sig in rows]


def test_articles_signed_by_scheme_1_still_catch_a_near_copy_after_the_upgrade(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    """0025 signs every stored article again: an article stored before the upgrade (scheme 1,
    as the downgrade leaves it) is still found as the original of a syndicated near-copy."""
    (tmp_path / "first").mkdir()
    (tmp_path / "first" / "harbour.txt").write_text(STORY)
    ingest_paths(sessions, [tmp_path / "first"])
    config = alembic_config(sessions.kw["bind"])
    command.downgrade(config, "0024")
    [(body, old, old_keys)] = _signatures(sessions)
    assert old != signature(body) and old_keys == band_keys(old)  # scheme 1's, as stored before
    command.upgrade(config, "head")
    [(body, new, new_keys)] = _signatures(sessions)
    assert new == signature(body) and new_keys == band_keys(new)
    (tmp_path / "later").mkdir()
    copy = STORY.replace("nine days", "nine long days").replace("Tuesday", "Tuesday evening")
    (tmp_path / "later" / "harbour-syndicated.txt").write_text(copy)
    report = ingest_paths(sessions, [tmp_path / "later"])
    assert [o.status for o in report.outcomes] == ["duplicate"]
    assert "near-duplicate of" in str(report.outcomes[0].reason)
