"""story state: a story refresh owed by the stored articles survives a kill

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 06:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0010"
branch_labels = None
depends_on = None

# A database whose refresh was killed before this migration: articles stored, some of their
# rows never linked or grouped. It owes a full rebuild from the start.
BEHIND = (
    "SELECT 1 WHERE EXISTS (SELECT 1 FROM mentions WHERE entity_id IS NULL)"
    " OR EXISTS (SELECT 1 FROM points WHERE cluster IS NULL)"
    " OR EXISTS (SELECT 1 FROM events WHERE cluster IS NULL)"
    " OR EXISTS (SELECT 1 FROM quotes WHERE cluster IS NULL)"
)


def upgrade() -> None:
    state = op.create_table(
        "story_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("written", sa.BigInteger(), nullable=False),
        sa.Column("refreshed", sa.BigInteger(), nullable=False),
        sa.Column("rebuild", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_story_state")),
    )
    owed = 1 if op.get_bind().exec_driver_sql(BEHIND).first() else 0
    op.bulk_insert(state, [{"id": 1, "written": owed, "refreshed": 0, "rebuild": owed}])


def downgrade() -> None:
    op.drop_table("story_state")
