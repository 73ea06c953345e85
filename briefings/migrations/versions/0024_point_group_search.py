"""SQLite: a trigram index of the briefing's points, so a focus on a rarely named person is quick

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-02 17:00:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

# A focused briefing reads the point groups in score order, keeping those whose text is LIKE
# '%name%' until it has enough: quick for the most named, a scan of every group for someone named
# five times (2.1 s at 100k articles). This external-content FTS5 table indexes the groups' texts
# by trigrams: its LIKE finds exactly the groups the table's LIKE finds (SQLite checks each
# candidate's text against the pattern itself), so the answer is the same, now found by the index
# (story/words.py, `rare_groups`). detail=none: no positions (an AND of the pattern's trigrams, then
# the check), 110 MB instead of 6 times that at 726,500 groups. PostgreSQL keeps its stored words
# (0005).
SQLITE = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS point_groups_fts USING fts5("
    "text, content='point_groups', content_rowid='id', tokenize='trigram', detail=none)",
    "INSERT INTO point_groups_fts(point_groups_fts) VALUES ('rebuild')",
    # Kept in step in the writing transaction itself (edits, forgets, the rebuild's chunks, a kill
    # at any moment). A group leaves the index only if it is in it: a full regrouping empties the
    # index at once first ('delete-all', point_groups.clear_point_groups), and its DELETE then
    # costs a lookup per row instead of taking every text's trigrams out one by one (20 s at 100k).
    "CREATE TRIGGER IF NOT EXISTS point_groups_fts_insert AFTER INSERT ON point_groups BEGIN "
    "INSERT INTO point_groups_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS point_groups_fts_delete AFTER DELETE ON point_groups BEGIN "
    "INSERT INTO point_groups_fts(point_groups_fts, rowid, text) SELECT 'delete', old.id, old.text "
    "WHERE EXISTS (SELECT 1 FROM point_groups_fts_docsize WHERE id = old.id); END",
    "CREATE TRIGGER IF NOT EXISTS point_groups_fts_update AFTER UPDATE OF text ON point_groups "
    "BEGIN "
    "INSERT INTO point_groups_fts(point_groups_fts, rowid, text) SELECT 'delete', old.id, old.text "
    "WHERE EXISTS (SELECT 1 FROM point_groups_fts_docsize WHERE id = old.id); "
    "INSERT INTO point_groups_fts(rowid, text) VALUES (new.id, new.text); END",
]
DOWN_SQLITE = [
    "DROP TRIGGER IF EXISTS point_groups_fts_insert",
    "DROP TRIGGER IF EXISTS point_groups_fts_delete",
    "DROP TRIGGER IF EXISTS point_groups_fts_update",
    "DROP TABLE IF EXISTS point_groups_fts",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in DOWN_SQLITE:
            op.execute(statement)
