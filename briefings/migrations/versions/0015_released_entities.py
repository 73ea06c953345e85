"""released_entities: entities an edited or forgotten article touched, linked anew by the refresh

Revision ID: 0015
Revises: 0012
Create Date: 2026-12-02 07:25:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "released_entities",
        sa.Column("entity_id", sa.Integer(), primary_key=True, autoincrement=False),
    )


def downgrade() -> None:
    op.drop_table("released_entities")
