"""Indexes for the queries on really-ingested data: undated articles counted without a scan

Revision ID: 0023
Revises: 0018
Create Date: 2026-12-02 09:00:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0023"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # `brief --since` counts the undated articles (published IS NULL OR date_precision =
    # 'unknown'): with this index beside ix_articles_published, both terms are index searches
    # (SQLite's multi-index OR, PostgreSQL's BitmapOr), not a scan of every article and its body.
    op.create_index("ix_articles_date_precision", "articles", ["date_precision"])


def downgrade() -> None:
    op.drop_index("ix_articles_date_precision", table_name="articles")
