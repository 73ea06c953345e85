"""`people`'s article ids, aggregated by the database: every article naming someone, once, in order;
the newest N of them when bounded, with how many there are."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy.orm import Session, sessionmaker

from briefings.cli import PERSON_ARTICLES
from briefings.cli import main as briefbot
from briefings.db import unit_of_work
from briefings.models import Article, Entity, Mention, StoryArticle, StoryRow
from briefings.story import Story


def _article(session: Session, n: int) -> int:
    article = Article(
        path=f"a{n}.txt",
        content_hash=str(n).ljust(64, "0"),
        signature=b"",
        title=f"Article {n}",
        date_precision="unknown",
        body="text",
        summary=[],
        ingested_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
    )
    session.add(article)
    session.flush()
    return article.id


def _named_in(session: Session, entity: Entity, article_ids: list[int]) -> None:
    for article in article_ids:
        session.add(
            Mention(article_id=article, entity_id=entity.id, name=entity.name, kind="person")
        )


def test_people_list_each_article_naming_them_once_in_order(
    sessions: sessionmaker[Session],
) -> None:
    with unit_of_work(sessions) as session:
        ids = [_article(session, n) for n in range(12)]
        kim = Entity(name="Kim Jong Un", kind="person", mentions=5, article_count=3)
        putin = Entity(name="Vladimir Putin", kind="person", mentions=1, article_count=1)
        nobody = Entity(name="Nobody Named", kind="person", mentions=0, article_count=0)
        session.add_all([kim, putin, nobody])
        session.flush()
        # Kim twice in one article, and in articles numbered across the digits (2 < 10 < 11)
        _named_in(session, kim, [ids[11], ids[2], ids[2], ids[10]])
        _named_in(session, putin, [ids[5]])
    people = {p.name: p.articles for p in Story(sessions).people(limit=10)}
    assert people == {
        "Kim Jong Un": sorted([ids[2], ids[10], ids[11]]),
        "Vladimir Putin": [ids[5]],
        "Nobody Named": [],
    }


def test_each_person_carries_the_newest_ids_and_how_many_there_are(
    sessions: sessionmaker[Session],
) -> None:
    with unit_of_work(sessions) as session:
        ids = [_article(session, n) for n in range(30)]
        kim = Entity(name="Kim Jong Un", kind="person", mentions=31, article_count=30)
        putin = Entity(name="Vladimir Putin", kind="person", mentions=2, article_count=2)
        session.add_all([kim, putin])
        session.flush()
        _named_in(session, kim, [*ids, ids[3]])  # twice in one article: counted once
        _named_in(session, putin, [ids[7], ids[1]])
        korea = StoryRow(name="korea")
        session.add(korea)
        session.flush()
        session.add_all(StoryArticle(story_id=korea.id, article_id=a) for a in ids[:12])
        story = korea.id
    bounded = {p.name: p for p in Story(sessions).people(articles=5)}
    assert bounded["Kim Jong Un"].articles == sorted(ids)[-5:]  # the newest five, in order
    assert bounded["Kim Jong Un"].article_count == 30
    assert bounded["Vladimir Putin"].articles == sorted([ids[1], ids[7]])
    assert bounded["Vladimir Putin"].article_count == 2
    every = {p.name: p for p in Story(sessions).people()}
    assert every["Kim Jong Un"].articles == sorted(ids)
    # a named story: its own articles, counted and bounded among them
    korean = {p.name: p for p in Story(sessions, story).people(articles=5)}
    assert korean["Kim Jong Un"].articles == sorted(ids[:12])[-5:]
    assert korean["Kim Jong Un"].article_count == 12
    assert korean["Vladimir Putin"].article_count == 2


def test_people_json_is_bounded_unless_all(
    sessions: sessionmaker[Session], capsys: pytest.CaptureFixture[str]
) -> None:
    with unit_of_work(sessions) as session:
        ids = [_article(session, n) for n in range(PERSON_ARTICLES + 5)]
        kim = Entity(name="Kim Jong Un", kind="person", mentions=25, article_count=len(ids))
        session.add(kim)
        session.flush()
        _named_in(session, kim, ids)
    url = sessions.kw["bind"].url.render_as_string(hide_password=False)

    def person(*argv: str) -> dict[str, object]:
        assert briefbot(["people", "--json", "--db", url, *argv]) == 0
        return dict(json.loads(capsys.readouterr().out)["items"][0])

    assert person() == {
        "name": "Kim Jong Un",
        "kind": "person",
        "role": None,
        "aliases": [],
        "articles": sorted(ids)[-PERSON_ARTICLES:],
        "mentions": 25,
        "article_count": len(ids),
    }
    assert person("--all")["articles"] == sorted(ids)
    assert briefbot(["people", "--db", url]) == 0
    assert "25 mentions in 25 articles" in capsys.readouterr().out
