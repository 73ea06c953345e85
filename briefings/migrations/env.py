"""Alembic environment: runs migrations on the engine the application hands over."""

from __future__ import annotations

from alembic import context

import briefings.subscriptions  # noqa: F401  (registers the digest tables on Base.metadata)
from briefings.models import Base

engine = context.config.attributes["engine"]
# Tables other libraries own (APScheduler's job store): autogenerate must not drop them.
FOREIGN_TABLES = {"apscheduler_jobs"}
# Kept by the database alone, read through SQL text (migrations 0004, 0005): not in the models.
UNMAPPED = {
    ("table", "quotes_fts"),
    ("column", "words"),
    ("index", "ix_quotes_words"),
    ("index", "ix_point_groups_words"),
}


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    return not (type_ == "table" and name in FOREIGN_TABLES) and (type_, name) not in UNMAPPED


with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
    )
    context.run_migrations()
