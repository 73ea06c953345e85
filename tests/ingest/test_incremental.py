"""The story refreshed article by article tells what a full rebuild tells, on the seeds."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from briefings.answers import to_json
from briefings.db import unit_of_work
from briefings.ingest import ingest_paths
from briefings.story import Story
from briefings.storyline import rebuild_story
from tests.conftest import SEEDS


def _answers(story: Story) -> dict[str, Any]:
    return {
        "briefing": to_json(story.briefing()),
        "focus": to_json(story.briefing(focus="Kim")),
        "quotes": to_json(story.quotes(speaker="Sullivan")),
        "about": to_json(story.quotes(about="price")),
        "profile": to_json(story.profile("Kirby")),
        "people": to_json(story.people()),
        "timeline": to_json(story.timeline()),
    }


def test_seeds_ingested_one_by_one_tell_the_story_a_rebuild_tells(
    sessions: sessionmaker[Session],
) -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        report = ingest_paths(sessions, [path])
        assert report.count("added") == 1 and report.story_error is None
    story = Story(sessions)
    one_by_one = _answers(story)
    sullivan = [q for q in story.quotes(speaker="Sullivan").quotes if "reflect well" in q.text]
    assert len(sullivan) == 1 and len(sullivan[0].sources) == 3  # joined across three refreshes
    with unit_of_work(sessions) as session:
        rebuild_story(session)
    assert _answers(story) == one_by_one
