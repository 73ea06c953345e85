"""Alembic environment: runs migrations on the engine the application hands over."""

from __future__ import annotations

from alembic import context

import briefings.subscriptions  # noqa: F401  (registers the digest tables on Base.metadata)
from briefings.models import Base

engine = context.config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    context.run_migrations()
