"""What the stored articles owe the story: marked in their commit, settled in the refresh's own.

A batch of articles calls `mark_written` in the transaction that stores them. `refresh_owed`
then refreshes the story in one transaction that also records how far it got (a full rebuild:
in bounded transactions, rebuild.py, owed until the last commits): killed at any point, the
refresh is rolled back whole and stays owed, and whichever comes next (an ingest, the
bot at start, `briefbot repair`) finds it owed and does it. It is idempotent: nothing owed,
nothing done. A refresh runs alone: no other refresh, and no batch of articles committing half-way
through it (SQLite's write lock; a PostgreSQL advisory lock, taken shared by each batch), so two
processes never link the same new rows twice, and a refresh reads one consistent story."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session, sessionmaker

from briefings.db import begin_writing, retrying
from briefings.models import StoryState, table_of
from briefings.refresh.rebuild import rebuild_in_chunks
from briefings.refresh.storyline import Planner, refresh_story

__all__ = ["Refreshed", "begin_storing", "mark_written", "owed", "refresh_owed", "written_mark"]

log = logging.getLogger(__name__)

REFRESH_LOCK = 0x73746F72  # "stor": the PostgreSQL advisory lock one refresh holds at a time


@dataclass(frozen=True)
class Refreshed:
    """What one call of `refresh_owed` did."""

    done: bool  # a refresh ran (something was owed, or it was forced)
    full: bool  # the whole story was rebuilt
    seconds: float


def begin_storing(session: Session) -> None:
    """Begin a transaction that stores articles: it waits while a refresh runs, and a refresh
    waits for it (SQLite's write lock; on PostgreSQL the refresh's advisory lock, shared), so a
    refresh sees no articles committed half-way through it. Nothing is held while waiting."""
    begin_writing(session)
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock_shared(:key)"), {"key": REFRESH_LOCK})


def mark_written(session: Session, *, rebuild: bool) -> int | None:
    """In the transaction storing articles: the story now owes a refresh, a full one when
    `rebuild` (an article changed or removed releases what it touched instead: release.py,
    so ingest and `forget` owe only an incremental refresh). Last in that transaction, so the row
    lock it takes on PostgreSQL is held only while committing. The new `written` mark (None in a
    schema made without the migrations), which no other commit gets."""
    values = {"written": StoryState.written + 1}
    if rebuild:
        values["rebuild"] = StoryState.written + 1
    statement = update(StoryState).where(StoryState.id == 1).values(values)
    return session.scalar(statement.returning(StoryState.written))


# Core, built once: a read of it costs a fifth of the same select on the mapped class
_STATE = table_of(StoryState)
_WRITTEN = select(_STATE.c.written).where(_STATE.c.id == 1)


def written_mark(session: Session) -> int | None:
    """How many commits have stored or removed articles (`written`: every such commit raises it
    by one); None in a schema made without the migrations."""
    return session.connection().execute(_WRITTEN).scalar()


def owed(session: Session) -> tuple[bool, bool]:
    """Whether a refresh is owed, and whether it must be a full rebuild."""
    state = session.execute(
        select(StoryState.written, StoryState.refreshed, StoryState.rebuild).where(
            StoryState.id == 1
        )
    ).first()
    if state is None:  # a schema made without the migrations: nothing is recorded
        return False, False
    return state.written > state.refreshed, state.rebuild > state.refreshed


def refresh_owed(
    sessions: sessionmaker[Session],
    *,
    full: bool = False,
    force: bool = False,
    rebuild_now: bool = True,
    planner: Planner | None = None,
) -> Refreshed:
    """Refresh the story if the stored articles owe it (always when `force`), in full when a
    rebuild is owed or `full`; without `rebuild_now`, nothing when a rebuild is owed (a long
    run leaves it to its end). Waits for another process's refresh, then does what is owed.
    `planner`: groups the new points and events elsewhere meanwhile (`refresh_story`)."""

    def attempt() -> Refreshed:
        started = time.perf_counter()
        with sessions() as session:
            begin_writing(session)  # the write lock first: no articles are stored meanwhile
            if session.get_bind().dialect.name == "postgresql":  # see `begin_storing`
                session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": REFRESH_LOCK})
            written = session.scalar(select(StoryState.written).where(StoryState.id == 1)) or 0
            due, rebuild = owed(session)
            whole = full or rebuild
            if not (due or force) or (whole and not rebuild_now and not force):
                session.rollback()
                return Refreshed(False, False, 0.0)
            if not whole:
                refresh_story(session, planner=planner)
                session.execute(  # never backwards (a refresh forced while nothing was owed)
                    update(StoryState)
                    .where(StoryState.id == 1, StoryState.refreshed < written)
                    .values(refreshed=written)
                )
                session.commit()
                return Refreshed(True, False, time.perf_counter() - started)
            session.rollback()  # a rebuild: bounded transactions of its own
        rebuild_in_chunks(sessions)
        return Refreshed(True, True, time.perf_counter() - started)

    return retrying(attempt, "the story refresh")
