"""A really-ingested story cloned to a larger size (`benchmarks.shaped`) is a story the commands
answer from: every row copied, copies findable by their words and their people, nothing owed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from benchmarks.shaped import clone, counts
from briefings.db import open_database
from briefings.ingest import ingest_paths
from briefings.models import Article, Entity, Quote
from briefings.refresh.state import owed
from briefings.story import Story
from tests.conftest import ROOT, SEEDS


def test_three_copies_of_the_seeds_answer_like_three_stories(
    tmp_path: Path, database_url: str
) -> None:
    source = f"sqlite:///{tmp_path / 'seeds.db'}"
    seeds = open_database(source)
    ingest_paths(seeds, [SEEDS])
    before = counts(source)
    original = Story(seeds)
    word_quotes = len(original.quotes(about="said", limit=None).quotes)
    with seeds() as session:
        last_entity = session.scalar(select(func.max(Entity.id)))
        speakers = set(session.scalars(select(Quote.speaker)))
    seeds.kw["bind"].dispose()

    assert clone(source, database_url, 3 * before["articles"], log=lambda _: None) == 15
    after = counts(database_url)
    for table in ("articles", "mentions", "quotes", "point_groups", "event_groups"):
        assert after[table] == 3 * before[table], table
    assert before["entities"] < after["entities"] <= 3 * before["entities"]

    sessions = open_database(database_url)
    story = Story(sessions)
    with sessions() as session:
        assert owed(session) == (False, False)  # nothing to refresh: a finished story
        paths = list(session.scalars(select(Article.path)))
        assert len(set(paths)) == len(paths) == 15
        # a cloned speaker is someone else, under another name, and quoted as such
        cloned = session.scalar(
            select(Entity.name)
            .join(Quote, Quote.speaker_id == Entity.id)
            .where(Entity.id > last_entity)
            .limit(1)
        )
    assert cloned and cloned not in speakers
    assert story.quotes(speaker=cloned).quotes
    # the copies' quotes are found by their words (SQLite's full-text table, PostgreSQL's column)
    assert len(story.quotes(about="said", limit=None).quotes) == 3 * word_quotes
    assert story.briefing().points and story.timeline(limit=50)
    sessions.kw["bind"].dispose()


def test_a_command_timed_as_the_cli_runs_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'seeds.db'}"
    ingest_paths(open_database(url), [SEEDS])
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.processes.cli_query", url, "brief", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    timing = json.loads(done.stdout.strip().splitlines()[-1])
    assert timing["code"] == 0
    assert timing["cpu_ms"] > 0
    assert timing["wall_ms"] > 0
