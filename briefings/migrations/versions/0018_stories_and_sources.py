"""stories, their articles, and the sources they are fed from (feeds, pages, folders)

Revision ID: 0018
Revises: 0012
Create Date: 2026-12-02 07:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0015"
branch_labels = None
depends_on = None


def _when(name: str, **kw: object) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), **kw)  # type: ignore[arg-type]


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("include", sa.JSON(), nullable=False),
        sa.Column("exclude", sa.JSON(), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=True),
        sa.Column("thread_id", sa.BigInteger(), nullable=True),
        sa.Column("role_id", sa.BigInteger(), nullable=True),
        _when("digest_mark", nullable=True),
        _when("created_at", nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_stories"),
        sa.UniqueConstraint("name", name="uq_stories_name"),
    )
    op.create_table(
        "story_articles",
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("announce", sa.Boolean(), nullable=False),
        _when("added_at", nullable=False),
        sa.ForeignKeyConstraint(
            ["story_id"],
            ["stories.id"],
            name="fk_story_articles_story_id_stories",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name="fk_story_articles_article_id_articles",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("story_id", "article_id", name="pk_story_articles"),
    )
    op.create_index("ix_story_articles_article_id", "story_articles", ["article_id"])
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("story_id", sa.Integer(), nullable=True),
        sa.Column("url", sa.String(2048), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("interval_seconds", sa.Integer(), nullable=False),
        sa.Column("etag", sa.String(512), nullable=True),
        sa.Column("last_modified", sa.String(128), nullable=True),
        _when("next_due", nullable=True),
        _when("claimed_until", nullable=True),
        sa.Column("fetched_once", sa.Boolean(), nullable=False),
        _when("last_success", nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        _when("last_error_at", nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("paused", sa.Boolean(), nullable=False),
        sa.Column("notified", sa.Boolean(), nullable=False),
        sa.Column("fetches", sa.Integer(), nullable=False),
        _when("created_at", nullable=False),
        sa.ForeignKeyConstraint(
            ["story_id"], ["stories.id"], name="fk_sources_story_id_stories", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_sources"),
    )
    op.create_index("ix_sources_story_id", "sources", ["story_id"])
    op.create_index("ix_sources_next_due", "sources", ["next_due"])
    op.create_table(
        "source_items",
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=True),
        _when("seen_at", nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name="fk_source_items_source_id_sources",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("source_id", "key", name="pk_source_items"),
    )


def downgrade() -> None:
    op.drop_table("source_items")
    op.drop_index("ix_sources_next_due", "sources")
    op.drop_index("ix_sources_story_id", "sources")
    op.drop_table("sources")
    op.drop_index("ix_story_articles_article_id", "story_articles")
    op.drop_table("story_articles")
    op.drop_table("stories")
