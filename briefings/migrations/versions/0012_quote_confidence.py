"""quotes: the confidence of the speaker and how it was found

Revision ID: 0012
Revises: 0005
Create Date: 2026-12-02 06:50:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN on both databases: a batch copy of the table on SQLite would drop the
    # full-text triggers of 0004. Quotes stored before keep their speaker, with confidence 1.
    op.add_column(
        "quotes", sa.Column("confidence", sa.Float(), nullable=False, server_default="1.0")
    )
    op.add_column("quotes", sa.Column("found_by", sa.String(64), nullable=False, server_default=""))


def downgrade() -> None:
    op.drop_column("quotes", "found_by")
    op.drop_column("quotes", "confidence")
