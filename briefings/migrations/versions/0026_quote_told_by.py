"""quotes: who tells a nested report's words ("Ruane said Marsh had told him “…”": Ruane)

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-07 09:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN on both databases (a batch copy on SQLite would drop 0004's full-text
    # triggers). Quotes stored before have no teller; a re-analysis fills it.
    op.add_column("quotes", sa.Column("told_by", sa.String(256), nullable=True))


def downgrade() -> None:
    op.drop_column("quotes", "told_by")
