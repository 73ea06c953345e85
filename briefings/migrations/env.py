"""Alembic environment: runs migrations on the engine the application hands over."""

from __future__ import annotations

from alembic import context

import briefings.digests.deliveries
import briefings.digests.subscriptions  # noqa: F401
from briefings.migrations.owned import include_object
from briefings.models import Base

engine = context.config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
    )
    context.run_migrations()
