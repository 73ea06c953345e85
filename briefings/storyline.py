"""Story-level results refreshed after ingest: entities linked, quotes, facts and events grouped."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from briefings.analysis import grouping, linking
from briefings.models import (
    Article,
    Base,
    Entity,
    EntityName,
    Event,
    EventGroup,
    Mention,
    Point,
    PointGroup,
    Quote,
)


def refresh_story(session: Session) -> None:
    """Recompute the story-wide results from the per-article rows."""
    _link_entities(session)
    _group_quotes(session)
    _group_points(session)
    _group_events(session)


def _link_entities(session: Session) -> None:
    """Rebuild the story's cast from the mentions, and point each quote at its speaker."""
    session.execute(update(Mention).values(entity_id=None))
    session.execute(update(Quote).values(speaker_id=None))
    session.execute(delete(Entity))
    mentions = [
        linking.MentionInput(m.id, m.article_id, m.name, m.kind, m.role, tuple(m.aliases), m.count)
        for m in session.scalars(select(Mention))
    ]
    cast = linking.link_entities(mentions)
    entity_ids = _insert_all(
        session,
        Entity,
        [
            {
                "name": e.name,
                "kind": e.kind,
                "role": e.role,
                "aliases": e.aliases,
                "mentions": e.mentions,
                "article_count": len(e.article_ids),
            }
            for e in cast
        ],
    )
    pairs = list(zip(cast, entity_ids, strict=True))
    _assign(session, Mention, {m: i for e, i in pairs for m in e.member_ids}, "entity_id")
    _insert_all(
        session,
        EntityName,
        [{"entity_id": i, "key": key[:256]} for e, i in pairs for key in linking.lookup_keys(e)],
    )
    index = linking.EntityIndex(cast)
    by_entity = {id(e): i for e, i in pairs}
    speakers: dict[int, int] = {}
    for quote_id, speaker, article_id in session.execute(
        select(Quote.id, Quote.speaker, Quote.article_id).where(Quote.speaker.is_not(None))
    ):
        found = index.speaker(speaker or "", article_id)
        if found is not None:
            speakers[quote_id] = by_entity[id(found)]
    _assign(session, Quote, speakers, "speaker_id")


def _insert_all(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> list[int]:
    """Insert many rows in one statement; their new ids in the order of `rows`."""
    if not rows:
        return []
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)  # type: ignore[attr-defined]
    return list(session.scalars(statement, rows))


def _group_quotes(session: Session) -> None:
    clusters: dict[tuple[str | None, str], int] = {}
    for quote in session.scalars(select(Quote).order_by(Quote.id)):
        key = (quote.speaker, " ".join(quote.text.lower().split()))
        quote.cluster = clusters.setdefault(key, quote.id)


def _group_points(session: Session) -> None:
    rows = session.execute(
        select(Point.id, Point.article_id, Point.text, Point.score, Article.published)
        .join(Article, Point.article_id == Article.id)
        .order_by(Point.id)
    ).all()
    inputs = [
        grouping.PointInput(id=i, article_id=a, text=t, score=s, published=p)
        for i, a, t, s, p in rows
    ]
    session.execute(delete(PointGroup))
    found = grouping.group_points(inputs)
    ids = _insert_all(
        session,
        PointGroup,
        [
            {
                "text": g.text,
                "representative_id": g.representative_id,
                "score": g.score,
                "article_count": len(g.article_ids),
                "published": g.published,
                "first_published": g.first_published,
            }
            for g in found
        ],
    )
    _assign(session, Point, {m: i for g, i in zip(found, ids, strict=True) for m in g.member_ids})


def _group_events(session: Session) -> None:
    rows = session.execute(
        select(Event.id, Event.article_id, Event.text, Event.date, Event.date_precision).order_by(
            Event.id
        )
    ).all()
    inputs = [
        grouping.EventInput(id=i, article_id=a, text=t, date=d, date_precision=p)  # type: ignore[arg-type]
        for i, a, t, d, p in rows
    ]
    session.execute(delete(EventGroup))
    found = grouping.group_events(inputs)
    ids = _insert_all(
        session,
        EventGroup,
        [
            {
                "text": g.text,
                "representative_id": g.representative_id,
                "date": g.date,
                "date_precision": g.date_precision,
                "article_count": len(g.article_ids),
            }
            for g in found
        ],
    )
    _assign(session, Event, {m: i for g, i in zip(found, ids, strict=True) for m in g.member_ids})


def _assign(
    session: Session,
    model: type[Point] | type[Event] | type[Mention] | type[Quote],
    values: dict[int, int],
    column: str = "cluster",
) -> None:
    """Set one column of many rows in bulk (executemany), not one round trip per ORM object."""
    if values:
        session.execute(update(model), [{"id": k, column: v} for k, v in values.items()])
