"""Indexes for the queries on really-ingested data: undated articles counted from a partial index

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-02 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


UNDATED = "published IS NULL OR date_precision = 'unknown'"


def upgrade() -> None:
    # `brief --since` counts the undated articles (models.UNDATED_SQL, the same condition written the
    # same way): counted from this partial index alone, not by a scan of every article (a
    # PostgreSQL sequential scan took 22 ms at 20k articles).
    op.create_index(
        "ix_articles_undated",
        "articles",
        ["id"],
        sqlite_where=sa.text(UNDATED),
        postgresql_where=sa.text(UNDATED),
    )


def downgrade() -> None:
    op.drop_index("ix_articles_undated", table_name="articles")
