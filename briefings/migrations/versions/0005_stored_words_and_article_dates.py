"""stored words for search on PostgreSQL (quotes, briefing points); article dates by id

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 19:00:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# A profile orders the articles naming someone by date: with (id, published) in one index the
# dates are read without visiting the article rows and their bodies (both databases).
COMMON = ["CREATE INDEX IF NOT EXISTS ix_articles_id_published ON articles (id, published)"]
# With the words computed at query time, finding the first quotes holding a common word walked
# the quotes in id order computing to_tsvector for each (160 ms at 100,000 articles); stored,
# the same walk only compares (8 ms). A briefing's focus matched points with ILIKE, a scan of
# every point (180 ms); stored words and their index find them. SQLite keeps its FTS5 table from
# 0004 for quotes, and its LIKE is fast enough for points (6 ms).
POSTGRES = [
    "ALTER TABLE quotes ADD COLUMN IF NOT EXISTS words tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED",
    "CREATE INDEX IF NOT EXISTS ix_quotes_words ON quotes USING gin (words)",
    "DROP INDEX IF EXISTS ix_quotes_text_fts",
    "ALTER TABLE point_groups ADD COLUMN IF NOT EXISTS words tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED",
    "CREATE INDEX IF NOT EXISTS ix_point_groups_words ON point_groups USING gin (words)",
]
DOWN_POSTGRES = [
    "CREATE INDEX IF NOT EXISTS ix_quotes_text_fts ON quotes "
    "USING gin (to_tsvector('simple', text))",
    "DROP INDEX IF EXISTS ix_quotes_words",
    "ALTER TABLE quotes DROP COLUMN IF EXISTS words",
    "DROP INDEX IF EXISTS ix_point_groups_words",
    "ALTER TABLE point_groups DROP COLUMN IF EXISTS words",
]
DOWN = ["DROP INDEX IF EXISTS ix_articles_id_published"]


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in COMMON + (POSTGRES if postgres else []):
        op.execute(statement)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in (DOWN_POSTGRES if postgres else []) + DOWN:
        op.execute(statement)
