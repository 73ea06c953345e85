"""Migrations 0004-0005: indexes and quote-word search come and go with upgrade and downgrade."""

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
