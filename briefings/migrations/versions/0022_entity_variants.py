"""entity_variants, patched_entities: bodies a short form could mean; large entities an edit only patches

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-02 09:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entity_variants",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "entity_id",
            sa.Integer(),
            sa.ForeignKey("entities.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("key", sa.String(256), nullable=False),
    )
    op.create_index("ix_entity_variants_entity_id", "entity_variants", ["entity_id"])
    op.create_index("ix_entity_variants_key", "entity_variants", ["key"])
    _fill()
    op.create_table(
        "patched_entities",
        sa.Column("entity_id", sa.Integer(), primary_key=True, autoincrement=False),
    )


def _fill() -> None:
    """The stored organisations' shorter keys, worked out as the refresh writes them."""
    from briefings.analysis.common.names import name_key, org_variant_keys

    bind = op.get_bind()
    entities = sa.table(
        "entities",
        sa.column("id", sa.Integer()),
        sa.column("kind", sa.String()),
        sa.column("name", sa.String()),
        sa.column("aliases", sa.JSON()),
    )
    variants = sa.table(
        "entity_variants", sa.column("entity_id", sa.Integer()), sa.column("key", sa.String())
    )
    rows = []
    query = sa.select(entities.c.id, entities.c.name, entities.c.aliases).where(
        entities.c.kind == "organisation"
    )
    for entity_id, name, aliases in bind.execute(query):
        keys = {v for form in (name, *(aliases or ())) for v in org_variant_keys(name_key(form))}
        rows += [{"entity_id": entity_id, "key": key[:256]} for key in sorted(keys)]
    if rows:
        bind.execute(sa.insert(variants), rows)


def downgrade() -> None:
    op.drop_table("patched_entities")
    op.drop_table("entity_variants")
