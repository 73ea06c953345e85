"""One stored article: found by id or path, shown with its cleaned text, or forgotten."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from briefings.models import Article, Event, Mention, Point, Quote
from briefings.refresh.release import release_articles
from briefings.refresh.state import begin_storing, mark_written, refresh_owed


@dataclass(frozen=True)
class ArticleDetail:
    """An article's metadata, what analysis found in it, and its cleaned text."""

    id: int
    path: str
    title: str | None
    outlet: str | None
    author: str | None
    url: str | None
    published: dt.date | None
    date_precision: str
    ingested_at: dt.datetime
    word_count: int
    summary: list[str]
    quotes: int
    mentions: int
    events: int
    points: int
    body: str


def find(session: Session, ref: str) -> Article | None:
    """The article with this id, or stored from this file (the path as given or resolved)."""
    if ref.strip().isdigit():
        found = session.get(Article, int(ref))
        if found is not None:
            return found
    paths = {ref, str(Path(ref).expanduser().resolve())}
    return session.scalars(select(Article).where(Article.path.in_(paths))).first()


def detail(sessions: sessionmaker[Session], ref: str) -> ArticleDetail | None:
    with sessions() as session:
        article = find(session, ref)
        if article is None:
            return None
        counts = {
            model: int(
                session.scalar(select(func.count()).where(model.article_id == article.id)) or 0
            )
            for model in (Quote, Mention, Event, Point)
        }
        return ArticleDetail(
            id=article.id,
            path=article.path,
            title=article.title,
            outlet=article.outlet,
            author=article.author,
            url=article.url,
            published=article.published,
            date_precision=article.date_precision,
            ingested_at=article.ingested_at,
            word_count=article.word_count,
            summary=list(article.summary),
            quotes=counts[Quote],
            mentions=counts[Mention],
            events=counts[Event],
            points=counts[Point],
            body=article.body,
        )


def forget(sessions: sessionmaker[Session], ref: str) -> ArticleDetail | None:
    """Remove the article and every row derived from it, releasing the story rows it touched and
    marking a refresh owed in the same transaction, then do that refresh (incremental: only what
    it touched is regrouped): afterwards no answer cites it, and a kill between the two leaves
    the refresh owed to the next ingest, `repair` or bot start. None when there is
    no such article."""
    found = detail(sessions, ref)
    if found is None:
        return None
    with sessions() as session:
        begin_storing(session)
        release_articles(session, [found.id])  # only what it touched is regrouped
        session.execute(delete(Article).where(Article.id == found.id))
        mark_written(session, rebuild=False)
        session.commit()
    refresh_owed(sessions)
    return found
