"""A focus on a rarely named person is found by the points' index (SQLite: migration 0024), which
stays in step with the point groups through edits, forgets and a rebuild in chunks."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from briefings.articles import forget
from briefings.ingest import ingest_paths
from briefings.models import PointGroup
from briefings.refresh.rebuild import rebuild_in_chunks
from briefings.story import Story
from briefings.story.words import rare_groups

NAME = "Ashot Mkrtychev"  # named in one seed article, in two of its facts
OLD = "alleging he attempted to facilitate arms deals"
NEW = "alleging he tried to broker arms deals"


def _named(sessions: sessionmaker[Session]) -> set[int]:
    """The point groups naming him, read from the groups themselves."""
    with sessions() as session:
        found = select(PointGroup.id).where(PointGroup.text.contains("Mkrtychev"))
        return set(session.scalars(found))


def _check(sessions: sessionmaker[Session], wording: str) -> None:
    """His focused briefing shows his points, one in `wording`; on SQLite they come from the
    index, which holds exactly what the table holds."""
    points = Story(sessions).briefing(focus=NAME).points
    assert any(wording in p.text for p in points), [p.text for p in points]
    assert all("Mkrtychev" in p.text for p in points)
    with sessions() as session:
        if session.get_bind().dialect.name != "sqlite":
            return
        terms = Story(sessions)._focus_terms(session, NAME)
        assert set(rare_groups(session, terms) or []) == _named(sessions) != set()
        # every group indexed, and nothing else: no entry left by a group edited or forgotten
        indexed = session.scalars(text("SELECT id FROM point_groups_fts_docsize"))
        assert set(indexed) == set(session.scalars(select(PointGroup.id)))
        session.execute(
            text("INSERT INTO point_groups_fts(point_groups_fts) VALUES ('integrity-check')")
        )


def test_a_rare_focus_finds_its_points_after_edits_forgets_and_rebuilds(
    sessions: sessionmaker[Session], seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ingest_paths(sessions, [seeds_copy]).count("added") == 5
    _check(sessions, OLD)
    named = next(p for p in sorted(seeds_copy.glob("*.txt")) if NAME in p.read_text("utf-8"))
    named.write_text(named.read_text("utf-8").replace(OLD, NEW), encoding="utf-8")
    assert [o.status for o in ingest_paths(sessions, [named]).outcomes] == ["updated"]
    _check(sessions, NEW)  # the edited fact, under the group that replaced the old one
    other = next(p for p in sorted(seeds_copy.glob("*.txt")) if p != named)
    assert forget(sessions, str(other)) is not None
    _check(sessions, NEW)
    monkeypatch.setenv("BRIEFBOT_REBUILD_CHUNK", "2")  # every group rewritten, two at a time
    rebuild_in_chunks(sessions)
    _check(sessions, NEW)
    assert forget(sessions, str(named)) is not None
    assert not Story(sessions).briefing(focus=NAME).points  # no stale entry answers for him
