"""articles.updated: the date an update note states, with its precision (never the publication date)

Revision ID: 0011
Revises: 0005
Create Date: 2026-12-02 06:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("updated", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column(
                "updated_precision", sa.String(length=8), nullable=False, server_default="unknown"
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("updated_precision")
        batch.drop_column("updated")
