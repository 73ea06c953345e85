"""The story refreshed article by article tells what a full rebuild tells, on the seeds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from briefings.answers import to_json
from briefings.db import unit_of_work
from briefings.ingest import ingest_paths
from briefings.refresh.storyline import rebuild_story
from briefings.story import Story
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


_FULL = "We will never give up our nuclear weapons, whatever the pressure from Washington and Seoul"
_REPORTS = {
    "a-full.md": f"“{_FULL},” Kim Jong Un said on Tuesday in Pyongyang.",
    "b-first-half.md": (
        "Kim Jong Un said on Wednesday that his country would “never give up our nuclear weapons.”"
    ),
    "c-second-half.md": (
        "Kim Jong Un told the party congress he would hold firm “whatever the pressure from "
        "Washington and Seoul.”"
    ),
}


def _report(folder: Path, name: str, outlet: str, day: int) -> Path:
    path = folder / name
    path.write_text(
        f"---\ntitle: Kim on the weapons ({outlet})\noutlet: {outlet}\n"
        f"published: 2023-09-{day:02d}\n---\n\n{_REPORTS[name]}\n\n"
        f"The statement was carried by state media, {outlet} reported.\n",
        encoding="utf-8",
    )
    return path


def test_a_new_partial_quote_joins_a_stored_quote_through_its_full_words(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    """The refresh compares a new quote with each stored quote by its longest report: the second
    half of the sentence joins the quote whose newest report is only its first half."""
    first = [
        _report(tmp_path, "a-full.md", "Reuters", 12),
        _report(tmp_path, "b-first-half.md", "AP", 13),
    ]
    assert ingest_paths(sessions, first).count("added") == 2
    later = _report(tmp_path, "c-second-half.md", "AFP", 14)
    assert ingest_paths(sessions, [later]).count("added") == 1  # a refresh of its own

    quotes = Story(sessions).quotes(speaker="Kim Jong Un").quotes
    assert len(quotes) == 1, [q.text for q in quotes]
    assert quotes[0].text == _FULL
    assert {s.outlet for s in quotes[0].sources} == {"Reuters", "AP", "AFP"}
