"""Citations on the seeds: each source's own sentence on demand, its own words, one number."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from briefings.db import open_database
from briefings.ingest import ingest_paths
from briefings.models import Point, PointGroup
from briefings.story import Story
from tests.bot.test_interactions import labels, text_of
from tests.conftest import SEEDS
from tests.seeded import seeded_story


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Story]:
    yield from seeded_story(tmp_path_factory, "cited")


async def test_the_sources_button_shows_what_each_cited_article_printed(
    fake, start_bot, seeded: Story
):
    await start_bot(seeded, page_timeout=60)
    exchange = await fake.slash("brief")
    first = (await fake.response(exchange))["data"]
    assert labels(first)["Sources"] is False
    turned = await fake.response(await fake.press(fake.original(exchange), "Sources"))
    shown = text_of(turned["data"])
    assert turned["data"]["embeds"][0]["title"] == "What each source printed"
    briefing = seeded.briefing()
    for point in briefing.points:
        for ref in point.sources:
            assert ref.evidence and f"[{ref.article_id}]" in shown
            assert ref.evidence[:60] in shown
    assert labels(turned["data"])["Sources"] is True  # already there


def test_every_source_of_a_point_printed_a_sentence_stating_it(seeded: Story):
    briefing = seeded.briefing()
    merged = [p for p in briefing.points if len(p.sources) > 1]
    assert merged, "the seeds report the warning in several outlets"
    for point in briefing.points:
        for ref in point.sources:
            assert ref.evidence
            names = re.findall(r"\b(?:Korea|Russia|Kim|Putin|Sullivan|Kirby)\b", point.text)
            assert all(name in ref.evidence for name in names)


def test_sullivan_in_oans_words_with_the_other_wordings_marked(seeded: Story):
    quotes = seeded.quotes(speaker="Sullivan", about="reflect well").quotes
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.sources[0].outlet == "OAN"
    assert quote.text == quote.sources[0].text
    assert "this will not reflect well on North Korea" in quote.text
    others = quote.sources[1:]
    assert len(others) == 2 and quote.differing == [r.article_id for r in others]
    assert any("is not going to reflect well" in (r.text or "") for r in others)
    assert quote.wording_note and quote.wording_note.startswith("OAN’s wording")


def test_since_cites_no_undated_article_and_counts_those_left_out(seeded: Story):
    everything = seeded.sources()
    undated = [s for s in everything if s.published is None or s.date_precision == "unknown"]
    assert undated, "some seeds have no date"
    briefing = seeded.briefing(since=dt.date(2023, 9, 1))
    cited = {r.article_id for p in briefing.points for r in p.sources}
    assert cited and not cited & {s.id for s in undated}
    assert briefing.undated_left_out == len(undated)
    evidence = {r.evidence for p in briefing.points for r in p.sources}
    assert all(p.text in evidence for p in briefing.points)  # in a cited article's words
    assert f"{len(undated)} undated article" in (briefing.note or "")


async def test_an_article_has_one_number_in_brief_and_sources(fake, start_bot, seeded: Story):
    await start_bot(seeded)
    brief = text_of((await fake.response(await fake.slash("brief")))["data"])
    listed = text_of((await fake.response(await fake.slash("sources")))["data"])
    for ref in seeded.briefing().sources:
        assert f"[{ref.article_id}] {ref.outlet or 'outlet unknown'}" in brief
        assert f"[{ref.article_id}]" in listed


def test_a_group_stored_before_the_check_cites_only_what_holds(tmp_path):
    sessions = open_database(f"sqlite:///{tmp_path / 'old.db'}")
    ingest_paths(sessions, [SEEDS])
    story = Story(sessions)
    top = story.briefing().points[0]
    cited = {r.article_id for r in top.sources}
    with sessions.begin() as session:
        group = session.scalars(select(PointGroup).where(PointGroup.text == top.text)).one()
        stray = session.scalars(
            select(Point).where(Point.article_id.not_in(cited), Point.text.not_like("%price%"))
        ).first()
        assert stray is not None
        stray.cluster = group.id  # as an earlier, looser grouping might have left it
    again = story.briefing().points[0]
    assert again.text == top.text
    assert {r.article_id for r in again.sources} == cited
    sessions.kw["bind"].dispose()
