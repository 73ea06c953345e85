"""briefing evidence: how far each grouped sentence states its point; points regrouped

Revision ID: 0010
Revises: 0005
Create Date: 2026-12-02 06:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("points") as batch:
        batch.add_column(sa.Column("support", sa.Float(), nullable=False, server_default="1.0"))
    # Groups made before the check may cite articles that do not state their point: they are
    # dropped, and the next refresh groups every point again with the check (storyline.py).
    op.execute("DELETE FROM point_groups")
    op.execute("UPDATE points SET cluster = NULL")


def downgrade() -> None:
    with op.batch_alter_table("points") as batch:
        batch.drop_column("support")
