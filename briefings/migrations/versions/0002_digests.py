"""digest subscriptions and channel marks

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import briefings.digests.subscriptions

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

UTC_DATETIME = briefings.digests.subscriptions.UTCDateTime()


def upgrade() -> None:
    op.create_table(
        "digest_subscriptions",
        sa.Column("guild_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=False),
        sa.Column("schedule", sa.String(length=128), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("silent_when_empty", sa.Boolean(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("due_from", UTC_DATETIME, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("last_posted_at", UTC_DATETIME, nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_error_at", UTC_DATETIME, nullable=True),
        sa.Column("updated_at", UTC_DATETIME, nullable=False),
        sa.PrimaryKeyConstraint("guild_id", name=op.f("pk_digest_subscriptions")),
    )
    op.create_table(
        "digest_marks",
        sa.Column("channel_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("mark", UTC_DATETIME, nullable=True),
        sa.Column("posted_at", UTC_DATETIME, nullable=False),
        sa.PrimaryKeyConstraint("channel_id", name=op.f("pk_digest_marks")),
    )


def downgrade() -> None:
    op.drop_table("digest_marks")
    op.drop_table("digest_subscriptions")
