"""A rebuild of the story in one transaction writes each quote row once: its speaker with its
cluster (not the speakers first, then the clusters)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from briefings.ingest import ingest_paths
from briefings.models import Entity, Quote
from briefings.refresh.storyline import rebuild_story
from tests.conftest import SEEDS


def _quotes(session: Session) -> list[tuple[Any, ...]]:
    """Each quote's speaker by name (a rebuild gives the entities new ids) and cluster."""
    query = (
        select(Quote.id, Entity.name, Quote.cluster)
        .outerjoin(Entity, Entity.id == Quote.speaker_id)
        .order_by(Quote.id)
    )
    return [tuple(row) for row in session.execute(query)]


def test_a_rebuild_writes_each_quote_once_with_its_speaker_and_cluster(
    sessions: sessionmaker[Session],
) -> None:
    ingest_paths(sessions, [SEEDS])
    with sessions() as session:
        before = _quotes(session)
    assert any(speaker is not None for _, speaker, _ in before)
    updates: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith("UPDATE QUOTES"):
            updates.append(statement)

    engine = sessions.kw["bind"]
    event.listen(engine, "before_cursor_execute", seen)
    try:
        with sessions() as session, session.begin():
            rebuild_story(session)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    with sessions() as session:
        assert _quotes(session) == before  # the same speakers and clusters
    assert len(updates) == 1, updates
