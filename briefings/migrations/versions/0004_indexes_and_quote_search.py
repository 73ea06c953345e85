"""indexes for the commands' queries, and full-text search of quote words

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 16:50:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Named as in models.py, where each is declared too.
COMMON = [
    # case-insensitive name matches, and autocomplete's order: most mentioned first.
    "CREATE INDEX IF NOT EXISTS ix_entities_lower_name ON entities (lower(name))",
    "CREATE INDEX IF NOT EXISTS ix_entities_mentions ON entities (mentions DESC, name)",
    # a profile: the articles naming an entity without reading all its mentions.
    "CREATE INDEX IF NOT EXISTS ix_mentions_entity_article ON mentions (entity_id, article_id)",
    # a digest: has an earlier article named this person?
    "CREATE INDEX IF NOT EXISTS ix_mentions_lower_name ON mentions (lower(name))",
    # quotes by speaker (entity, or name as written): the first ones in id order, no sort.
    "CREATE INDEX IF NOT EXISTS ix_quotes_speaker_id_id ON quotes (speaker_id, id)",
    "CREATE INDEX IF NOT EXISTS ix_quotes_speaker ON quotes (speaker, id)",
    # the briefing: the best facts in its order, read from the top until enough match.
    "CREATE INDEX IF NOT EXISTS ix_point_groups_score_id ON point_groups (score DESC, id)",
    # the timeline, newest first.
    "CREATE INDEX IF NOT EXISTS ix_event_groups_date_id ON event_groups (date DESC, id DESC)",
]

SQLITE = [
    # /sources newest first (undated last): one index walk instead of a sort of every article.
    "CREATE INDEX IF NOT EXISTS ix_articles_published_id ON articles (published DESC, id)",
    # Full-text index of quote texts (an external-content FTS5 table), kept in step by triggers.
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
]

POSTGRES = [
    # PostgreSQL puts NULLs first in a descending index unless told.
    "CREATE INDEX IF NOT EXISTS ix_articles_published_id "
    "ON articles (published DESC NULLS LAST, id)",
    "CREATE INDEX IF NOT EXISTS ix_quotes_text_fts ON quotes "
    "USING gin (to_tsvector('simple', text))",
]

DOWN = [
    "DROP INDEX IF EXISTS ix_articles_published_id",
    "DROP INDEX IF EXISTS ix_entities_lower_name",
    "DROP INDEX IF EXISTS ix_entities_mentions",
    "DROP INDEX IF EXISTS ix_mentions_entity_article",
    "DROP INDEX IF EXISTS ix_mentions_lower_name",
    "DROP INDEX IF EXISTS ix_quotes_speaker",
    "DROP INDEX IF EXISTS ix_quotes_speaker_id_id",
    "DROP INDEX IF EXISTS ix_event_groups_date_id",
    "DROP INDEX IF EXISTS ix_point_groups_score_id",
]
DOWN_SQLITE = [
    "DROP TRIGGER IF EXISTS quotes_fts_insert",
    "DROP TRIGGER IF EXISTS quotes_fts_delete",
    "DROP TRIGGER IF EXISTS quotes_fts_update",
    "DROP TABLE IF EXISTS quotes_fts",
]
DOWN_POSTGRES = ["DROP INDEX IF EXISTS ix_quotes_text_fts"]


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in COMMON + (SQLITE if sqlite else POSTGRES):
        op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in (DOWN_SQLITE if sqlite else DOWN_POSTGRES) + DOWN:
        op.execute(statement)
