"""The whole story rebuilt in bounded transactions: worked out in memory, then written in chunks.

The rows are read in one snapshot and the new story is worked out with no lock held. It is then
written a chunk at a time (REBUILD_CHUNK entities, quotes or groups per transaction), each
transaction checking that no article was stored meanwhile. The story state keeps the rebuild
owed until the last chunk commits: killed at any point, the next refresh (an ingest, `briefbot
repair`, the bot at start) sees it owed and rebuilds again from the start; while the chunks are
written, answers show the story part-built. One rebuild runs at a time (a lock file beside the
SQLite database, a PostgreSQL session advisory lock); an article stored while it writes stops it,
still owed, and it starts again (at most ATTEMPTS times).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import delete, or_, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from briefings.analysis import grouping
from briefings.analysis.linking.index import EntityIndex
from briefings.analysis.linking.link import link_entities
from briefings.analysis.linking.records import StoryEntity
from briefings.analysis.quotes import cluster_quotes
from briefings.db import begin_writing, process_lock
from briefings.models import (
    Entity,
    EntityName,
    EntityVariant,
    Event,
    EventGroup,
    Mention,
    PatchedEntity,
    Point,
    Quote,
    ReleasedEntity,
    StoryState,
)
from briefings.refresh.entities.rows import all_mentions, insert_entities
from briefings.refresh.groups.event_groups import event_inputs, insert_event_groups
from briefings.refresh.groups.point_groups import (
    clear_point_groups,
    insert_point_groups,
    point_inputs,
)
from briefings.refresh.groups.quote_clusters import quote_item
from briefings.refresh.writes.rows import assign, update_rows

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Linux
    fcntl = None  # type: ignore[assignment]

__all__ = ["StoryChanged", "rebuild_in_chunks"]

REBUILD_LOCK = 0x72656275  # "rebu": the PostgreSQL advisory lock one rebuild holds at a time
REFRESH_LOCK = 0x73746F72  # the refresh's lock (state.py), taken by each chunk's transaction
ATTEMPTS = 3
T = TypeVar("T")


def chunk_size() -> int:
    """Rows written per transaction: BRIEFBOT_REBUILD_CHUNK, else 2,000."""
    return max(1, int(os.environ.get("BRIEFBOT_REBUILD_CHUNK") or "2000"))


class StoryChanged(RuntimeError):
    """An article was stored while the rebuild wrote: it stays owed and starts again."""


@dataclass
class _Plan:
    """The story worked out in memory: what the chunks write."""

    written: int  # the story state's mark when the rows were read
    cast: list[StoryEntity]
    quotes: list[tuple[int, str, str | None, int]]  # id, text, speaker, article id
    points: list[grouping.PointGroup]
    events: list[grouping.EventGroup]


def rebuild_in_chunks(sessions: sessionmaker[Session]) -> None:
    """Rebuild the whole story in bounded transactions (see the module's docstring)."""
    engine = sessions.kw["bind"]
    with process_lock(engine, REBUILD_LOCK, ".rebuild-lock"):
        for attempt in range(ATTEMPTS):
            try:
                _write(sessions, _plan(sessions))
                return
            except StoryChanged:
                if attempt == ATTEMPTS - 1:
                    raise


def _plan(sessions: sessionmaker[Session]) -> _Plan:
    """Read every per-article row in one snapshot and work out the story, no lock held."""
    with sessions() as session:
        if session.get_bind().dialect.name == "postgresql":
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        else:
            session.connection().exec_driver_sql("BEGIN")  # one snapshot for every read
        written = session.scalar(select(StoryState.written).where(StoryState.id == 1)) or 0
        mentions = all_mentions(session)
        quotes = [
            (i, t, s, a)
            for i, t, s, a in session.connection().execute(
                select(Quote.id, Quote.text, Quote.speaker, Quote.article_id).order_by(Quote.id)
            )
        ]
        points = point_inputs(session)
        events = event_inputs(session)
        session.rollback()
    return _Plan(
        written,
        link_entities(mentions),
        quotes,
        grouping.group_points(points),
        grouping.group_events(events),
    )


def _write(sessions: sessionmaker[Session], plan: _Plan) -> None:
    """Write the plan a chunk at a time; the rebuild stays owed until the last commits."""
    size = chunk_size()
    mark = _step(sessions, plan.written, functools.partial(_clear, written=plan.written))
    ids: list[int] = []
    for start in range(0, len(plan.cast), size):
        ids += _step(
            sessions, mark, functools.partial(_entities, cast=plan.cast[start : start + size])
        )
    updates = _quotes(plan, ids)
    for start in range(0, len(updates), size):
        rows = updates[start : start + size]
        _step(sessions, mark, functools.partial(update_rows, model=Quote, rows=rows))
    for start in range(0, len(plan.points), size):
        points = plan.points[start : start + size]
        _step(sessions, mark, functools.partial(insert_point_groups, found=points))
    for start in range(0, len(plan.events), size):
        events = plan.events[start : start + size]
        _step(sessions, mark, functools.partial(insert_event_groups, found=events))
    _step(sessions, mark, functools.partial(_settle, mark=mark))


def _step(
    sessions: sessionmaker[Session],
    mark: int,
    work: Callable[[Session], T],
) -> T:
    """One bounded transaction: the write lock, the refresh's lock on PostgreSQL, no article
    stored since `mark` (else StoryChanged), then `work`."""
    with sessions() as session:
        begin_writing(session)
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": REFRESH_LOCK})
        written = session.scalar(select(StoryState.written).where(StoryState.id == 1)) or 0
        if written != mark:
            session.rollback()
            raise StoryChanged(f"articles were stored during the rebuild ({mark} -> {written})")
        done = work(session)
        session.commit()
    return done


def _clear(session: Session, written: int) -> int:
    """The first transaction: the rebuild recorded as owed (so a kill leaves it owed), and the
    story rows it replaces taken away; the mark the next chunks check."""
    mark = written + 1
    session.execute(update(StoryState).where(StoryState.id == 1).values(written=mark, rebuild=mark))
    # only the rows that hold a value: none rewritten for nothing
    session.execute(update(Mention).where(Mention.entity_id.is_not(None)).values(entity_id=None))
    session.execute(
        update(Quote)
        .where(or_(Quote.speaker_id.is_not(None), Quote.cluster.is_not(None)))
        .values(speaker_id=None, cluster=None)
    )
    session.execute(update(Point).where(Point.cluster.is_not(None)).values(cluster=None))
    session.execute(update(Event).where(Event.cluster.is_not(None)).values(cluster=None))
    for model in (ReleasedEntity, PatchedEntity, EntityVariant, EntityName):
        session.execute(delete(model))
    for model in (Entity, EventGroup):  # type: ignore[assignment]
        session.execute(delete(model))
    clear_point_groups(session)
    return mark


def _entities(session: Session, cast: Sequence[StoryEntity]) -> list[int]:
    """A chunk of entities with their lookup keys; their mentions pointed at them."""
    ids = insert_entities(session, cast)
    pairs = zip(cast, ids, strict=True)
    assign(session, Mention, {m: i for e, i in pairs for m in e.member_ids}, "entity_id")
    return ids


def _quotes(plan: _Plan, ids: list[int]) -> list[dict[str, Any]]:
    """Each quote's speaker (the stored entity) and cluster, as `link_all` and `group_quotes`
    give them, now that the entities have their ids."""
    index = EntityIndex(plan.cast)
    by_entity = {id(e): i for e, i in zip(plan.cast, ids, strict=True)}
    speakers: dict[int, int] = {}
    for quote_id, _, speaker, article_id in plan.quotes:
        if speaker is not None:
            found = index.speaker(speaker or "", article_id)
            if found is not None:
                speakers[quote_id] = by_entity[id(found)]
    clusters = cluster_quotes([quote_item(q, t, speakers.get(q), s) for q, t, s, _ in plan.quotes])
    return [
        {"id": q, "speaker_id": speakers.get(q), "cluster": clusters[q]}
        for q, _, _, _ in plan.quotes
    ]


def _settle(session: Session, mark: int) -> None:
    """The last transaction: the story is refreshed up to the mark, nothing owed."""
    session.execute(
        update(StoryState)
        .where(StoryState.id == 1, StoryState.refreshed < mark)
        .values(refreshed=mark)
    )
