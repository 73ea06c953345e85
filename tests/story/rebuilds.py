"""A story's tables as the tests compare them, and the check that a rebuild leaves them so."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from briefings.db import unit_of_work
from briefings.refresh.dump import dump_story
from briefings.refresh.storyline import rebuild_story

__all__ = ["assert_a_rebuild_gives", "dump"]


def dump(sessions: sessionmaker[Session]) -> dict[str, Any]:
    """The story's tables, row by row (`dump_story`), read in a session of their own."""
    with sessions() as session:
        return dump_story(session)


def assert_a_rebuild_gives(sessions: sessionmaker[Session], incremental: dict[str, Any]) -> None:
    """The story rebuilt from its articles dumps, table by table, as `incremental` does."""
    with unit_of_work(sessions) as session:
        rebuild_story(session)
    rebuilt = dump(sessions)
    for table in rebuilt:
        assert rebuilt[table] == incremental[table], table
