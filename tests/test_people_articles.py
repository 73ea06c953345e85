"""`people`'s article ids, aggregated by the database: every article naming someone, once, in order."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session, sessionmaker

from briefings.db import unit_of_work
from briefings.models import Article, Entity, Mention
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
        for article, entity in [(ids[11], kim), (ids[2], kim), (ids[2], kim), (ids[10], kim)]:
            session.add(
                Mention(article_id=article, entity_id=entity.id, name=entity.name, kind="person")
            )
        session.add(Mention(article_id=ids[5], entity_id=putin.id, name=putin.name, kind="person"))
    people = {p.name: p.articles for p in Story(sessions).people(limit=10)}
    assert people == {
        "Kim Jong Un": sorted([ids[2], ids[10], ids[11]]),
        "Vladimir Putin": [ids[5]],
        "Nobody Named": [],
    }
