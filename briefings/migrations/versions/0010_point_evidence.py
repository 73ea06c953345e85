"""briefing evidence: how far each grouped sentence states its point

Revision ID: 0010
Revises: 0005
Create Date: 2026-12-02 06:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("points") as batch:
        batch.add_column(sa.Column("support", sa.Float(), nullable=False, server_default="1.0"))
    # Groups made before the check stay until the next full refresh; meanwhile a briefing checks
    # each citation's sentence as it answers (story/briefing.py), so none is shown that does not hold.


def downgrade() -> None:
    with op.batch_alter_table("points") as batch:
        batch.drop_column("support")
