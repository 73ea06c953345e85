"""digest deliveries recorded before they are posted; APScheduler's job table retired

Revision ID: 0007
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import briefings.digests.subscriptions

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

UTC_DATETIME = briefings.digests.subscriptions.UTCDateTime()


def upgrade() -> None:
    op.create_table(
        "digest_deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=False),
        sa.Column("nonce", sa.String(length=25), nullable=False),
        sa.Column("slot", UTC_DATETIME, nullable=True),
        sa.Column("since", UTC_DATETIME, nullable=True),
        sa.Column("until", UTC_DATETIME, nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("attempted_at", UTC_DATETIME, nullable=True),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_digest_deliveries")),
        sa.UniqueConstraint("nonce", name=op.f("uq_digest_deliveries_nonce")),
    )
    op.create_index(
        "ix_digest_deliveries_state_channel", "digest_deliveries", ["state", "channel_id"]
    )
    # Digest jobs are armed from digest_subscriptions at start now, in memory.
    op.execute("DROP TABLE IF EXISTS apscheduler_jobs")


def downgrade() -> None:
    op.drop_index("ix_digest_deliveries_state_channel", table_name="digest_deliveries")
    op.drop_table("digest_deliveries")
