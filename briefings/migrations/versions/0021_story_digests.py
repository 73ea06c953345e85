"""digest_subscriptions.story_id: a story's own scheduled digest, on the exactly-once path

Revision ID: 0021
Revises: 0018
Create Date: 2026-12-02 08:50:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("digest_subscriptions") as batch:
        batch.add_column(sa.Column("story_id", sa.Integer(), nullable=True))
        batch.create_index("ix_digest_subscriptions_story_id", ["story_id"], unique=True)


def downgrade() -> None:
    op.execute("DELETE FROM digest_subscriptions WHERE story_id IS NOT NULL")
    with op.batch_alter_table("digest_subscriptions") as batch:
        batch.drop_index("ix_digest_subscriptions_story_id")
        batch.drop_column("story_id")
