"""Proposed migration (for the lead to adopt as the next revision): indexes and full-text search.

Copy into briefings/migrations/versions/ with revision/down_revision set; `apply(connection)`
runs the same DDL directly, which is how benchmarks/prototype.py measures the gain.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy.engine import Connection

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COMMON = [
    # /sources pages newest first: one index walk instead of a sort of every article.
    "CREATE INDEX IF NOT EXISTS ix_articles_published_id ON articles (published DESC, id)",
    # name lookups and autocomplete order: case-insensitive exact match, most mentioned first.
    "CREATE INDEX IF NOT EXISTS ix_entities_lower_name ON entities (lower(name))",
    "CREATE INDEX IF NOT EXISTS ix_entities_mentions ON entities (mentions DESC, name)",
    # profile: the newest articles naming an entity without reading all its mentions.
    "CREATE INDEX IF NOT EXISTS ix_mentions_entity_article ON mentions (entity_id, article_id)",
    # quotes by speaker name (the OR branch of the speaker filter).
    "CREATE INDEX IF NOT EXISTS ix_quotes_speaker ON quotes (speaker)",
    # timeline newest first.
    "CREATE INDEX IF NOT EXISTS ix_event_groups_date_id ON event_groups (date DESC, id DESC)",
]

SQLITE = [
    # Full-text index of quote texts, kept in step with the table by triggers.
    "CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5("
    "text, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')",
    "CREATE TRIGGER IF NOT EXISTS quotes_fts_insert AFTER INSERT ON quotes BEGIN "
    "INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS quotes_fts_delete AFTER DELETE ON quotes BEGIN "
    "INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN "
    "INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END",
    "ANALYZE",
]

POSTGRES = [
    "CREATE INDEX IF NOT EXISTS ix_quotes_text_fts ON quotes "
    "USING gin (to_tsvector('simple', text))",
    "ANALYZE",
]

DOWN = [
    "DROP INDEX IF EXISTS ix_articles_published_id",
    "DROP INDEX IF EXISTS ix_entities_lower_name",
    "DROP INDEX IF EXISTS ix_entities_mentions",
    "DROP INDEX IF EXISTS ix_mentions_entity_article",
    "DROP INDEX IF EXISTS ix_quotes_speaker",
    "DROP INDEX IF EXISTS ix_event_groups_date_id",
]
DOWN_SQLITE = [
    "DROP TRIGGER IF EXISTS quotes_fts_insert",
    "DROP TRIGGER IF EXISTS quotes_fts_delete",
    "DROP TRIGGER IF EXISTS quotes_fts_update",
    "DROP TABLE IF EXISTS quotes_fts",
]
DOWN_POSTGRES = ["DROP INDEX IF EXISTS ix_quotes_text_fts"]


def statements(dialect: str) -> list[str]:
    return COMMON + (SQLITE if dialect == "sqlite" else POSTGRES)


def apply(connection: Connection) -> None:
    """Run the upgrade's DDL on an open connection (the caller commits)."""
    for statement in statements(connection.dialect.name):
        connection.exec_driver_sql(statement)


def upgrade() -> None:
    for statement in statements(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in (DOWN_SQLITE if dialect == "sqlite" else DOWN_POSTGRES) + DOWN:
        op.execute(statement)
