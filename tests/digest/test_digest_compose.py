"""Composing a digest: only what is new since the channel's mark, every item with its sources."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from briefings.answers import to_json
from briefings.digests.compose import compose_digest, preview
from briefings.ingest import ingest_paths
from briefings.story import Story

from .conftest import add_article

UTC = dt.UTC
DAY1 = dt.datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
DAY2 = dt.datetime(2024, 5, 2, 9, 0, tzinfo=UTC)


def _two_days(sessions: sessionmaker[Session]) -> None:
    add_article(
        sessions,
        "old.txt",
        DAY1,
        title="Kim may visit Russia",
        published=dt.date(2023, 9, 5),
        quotes=(("They will pay a price.", "Jake Sullivan", 1),),
        people=(("Jake Sullivan", "national security adviser"), ("Kim Jong Un", "leader")),
        events=(("Shoigu visited Pyongyang.", dt.date(2023, 7, 26), 1),),
    )
    add_article(
        sessions,
        "new.txt",
        DAY2,
        title="Kim arrives in Vostochny",
        published=dt.date(2023, 9, 13),
        quotes=(
            ("They will pay a price.", "Jake Sullivan", 1),  # reported before: not new
            ("We will help them build satellites.", "Vladimir Putin", 7),
            ("Unattributed words.", None, 8),
        ),
        people=(("Kim Jong Un", "leader"), ("Vladimir Putin", "Russian president")),
        events=(
            ("Shoigu visited Pyongyang.", dt.date(2023, 7, 26), 1),  # reported before
            ("Kim met Putin at Vostochny.", dt.date(2023, 9, 13), 5),
            ("Talks will go on.", None, 6),  # undated: not a dated event
        ),
    )


def test_digest_holds_only_what_is_new_since_the_mark(sessions: sessionmaker[Session]) -> None:
    _two_days(sessions)
    with sessions() as session:
        digest = compose_digest(session, DAY1)

    assert [a.source.path for a in digest.articles] == ["new.txt"]
    assert [(q.speaker, q.text) for q in digest.quotes] == [
        ("Vladimir Putin", "We will help them build satellites.")
    ]
    assert [(p.name, p.role) for p in digest.people] == [("Vladimir Putin", "Russian president")]
    assert [(e.date, e.text) for e in digest.events] == [
        (dt.date(2023, 9, 13), "Kim met Putin at Vostochny.")
    ]
    for item in [*digest.quotes, *digest.people, *digest.events]:
        assert [s.title for s in item.sources] == ["Kim arrives in Vostochny"]
    assert digest.mark == DAY2 and not digest.empty


def test_first_digest_covers_the_whole_story_and_merges_repeated_reports(
    sessions: sessionmaker[Session],
) -> None:
    _two_days(sessions)
    with sessions() as session:
        digest = compose_digest(session, None)
    assert [a.source.path for a in digest.articles] == ["old.txt", "new.txt"]
    price = next(q for q in digest.quotes if q.text == "They will pay a price.")
    assert [s.path for s in price.sources] == ["old.txt", "new.txt"]
    assert sorted(p.name for p in digest.people) == [
        "Jake Sullivan",
        "Kim Jong Un",
        "Vladimir Putin",
    ]
    assert [e.date for e in digest.events] == [dt.date(2023, 7, 26), dt.date(2023, 9, 13)]


def test_a_mark_before_every_article_answers_as_the_first_digest_without_looking_back(
    sessions: sessionmaker[Session],
) -> None:
    """After a first bulk ingest, a digest since yesterday looks for no earlier report of each
    new person or quote: nothing was stored before the mark (at 100k articles that look-up read
    every mention of every regular, 18 s)."""
    _two_days(sessions)
    with sessions() as session:
        first = compose_digest(session, None)
    looked_back: list[str] = []

    def count(conn: object, cursor: object, statement: str, *args: object) -> None:
        if "EXISTS" in statement.upper() and "ingested_at <=" in statement:  # stored before?
            looked_back.append(statement)

    engine = sessions.kw["bind"]
    event.listen(engine, "before_cursor_execute", count)
    try:
        with sessions() as session:
            digest = compose_digest(session, DAY1 - dt.timedelta(days=1))
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert [(q.speaker, q.text) for q in digest.quotes] == [
        (q.speaker, q.text) for q in first.quotes
    ]
    assert [p.name for p in digest.people] == [p.name for p in first.people]
    assert [e.text for e in digest.events] == [e.text for e in first.events]
    assert looked_back == []


def test_nothing_new_is_explicit_and_keeps_the_mark(sessions: sessionmaker[Session]) -> None:
    _two_days(sessions)
    with sessions() as session:
        digest = compose_digest(session, DAY2)
    assert digest.empty and digest.articles == [] and digest.quotes == []
    assert digest.mark == DAY2


def test_preview_takes_a_story_or_sessions_and_is_json_ready(
    sessions: sessionmaker[Session],
) -> None:
    _two_days(sessions)
    from_story = preview(Story(sessions), since=DAY1)
    from_sessions = preview(sessions, since=DAY1)
    assert from_story == from_sessions
    data = to_json(from_story)
    assert data["articles"][0]["source"]["title"] == "Kim arrives in Vostochny"
    assert data["mark"] == DAY2.isoformat()


def test_seed_digest_lists_every_seed_then_only_a_new_file(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(Path(__file__).parents[2] / "seeds", folder)
    ingest_paths(sessions, [folder])
    first = preview(sessions)
    assert len(first.articles) == 5
    assert sorted(a.source.path.rsplit("/", 1)[-1] for a in first.articles) == sorted(
        p.name for p in folder.glob("*.txt")
    )
    assert preview(sessions, since=first.mark).empty

    (folder / "zz_new.txt").write_text(
        "Kim Jong Un's armoured train crossed into Russia on Tuesday, officials in Seoul said.\n\n"
        "The visit is his first abroad since the pandemic, according to the officials.\n",
        encoding="utf-8",
    )
    ingest_paths(sessions, [folder])
    later = preview(sessions, since=first.mark)
    assert [a.source.path.rsplit("/", 1)[-1] for a in later.articles] == ["zz_new.txt"]


def test_a_busy_day_comes_in_bounded_digests_none_skipped(
    sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("briefings.digests.compose.DIGEST_ARTICLES", 2)
    for n in range(5):
        add_article(sessions, f"a{n}.txt", DAY1 + dt.timedelta(hours=n), title=f"Article {n}")
    seen: list[str] = []
    mark = None
    for _ in range(3):
        with sessions() as session:
            digest = compose_digest(session, mark)
        assert 0 < len(digest.articles) <= 2
        seen += [a.source.path for a in digest.articles]
        mark = digest.mark
    assert seen == [f"a{n}.txt" for n in range(5)]
    with sessions() as session:
        assert compose_digest(session, mark).empty
