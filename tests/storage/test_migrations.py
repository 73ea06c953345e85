"""Migrations: indexes and quote-word search come and go (0004-0005); head is the declared schema."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect
from sqlalchemy.orm import Session, sessionmaker

from briefings.db import alembic_config
from briefings.ingest import ingest_paths
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
