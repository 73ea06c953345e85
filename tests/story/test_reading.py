"""A story opened on an engine (the command line's queries) reads through connections, without the
ORM, and answers as one opened on sessions (the bots)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from briefings.answers import to_json
from briefings.digests.compose import preview
from briefings.ingest import ingest_paths
from briefings.models import Article, StoryArticle
from briefings.sources.stories import add_story, story_id
from briefings.story import Story
from tests.conftest import SEEDS


def _answers(story: Story) -> list[Any]:
    """Every query of the story, with the arguments that take its other paths."""
    return [
        to_json(answer)
        for answer in (
            story.briefing(),
            story.briefing(focus="Putin"),
            story.briefing(focus="Kirby"),
            story.briefing(since=dt.date(2023, 9, 1)),
            story.quotes(),
            story.quotes(speaker="Sullivan"),
            story.quotes(about="missiles"),
            story.profile("Mr Kirby"),
            story.profile("Pootin"),
            story.people(),
            story.sources(),
            story.timeline(),
            story.complete_names("Ki"),
            story.complete_speakers("J"),
            preview(story).articles,
        )
    ]


def test_a_story_on_an_engine_answers_as_one_on_sessions(
    sessions: sessionmaker[Session],
) -> None:
    assert not ingest_paths(sessions, [SEEDS]).failed
    add_story(sessions, "Korea")
    with sessions.begin() as session:  # three of the five seeds in the named story
        korea = story_id(session, "Korea")
        ids = session.scalars(select(Article.id).order_by(Article.id)).all()
        session.add_all(StoryArticle(story_id=korea, article_id=a) for a in ids[:3])
    engine = sessions.kw["bind"]
    found = {}
    for named in (None, korea):
        on_engine = Story(engine, named)
        found[named] = _answers(on_engine)
        assert found[named] == _answers(Story(sessions, named))
        assert on_engine._sessions is None  # it read through connections, never a session
        with on_engine.sessions() as session:  # made when asked, on the same database
            assert session.get_bind() is engine
    whole, of_korea = found[None], found[korea]
    assert of_korea[0]["points"] and 0 < len(of_korea[10]) < len(whole[10])  # briefing, sources
