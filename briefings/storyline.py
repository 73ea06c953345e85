"""Story-level results refreshed after ingest: entities linked, quotes, facts and events grouped."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from briefings.analysis import grouping
from briefings.models import Article, Entity, Event, EventGroup, Mention, Point, PointGroup, Quote


def refresh_story(session: Session) -> None:
    """Recompute the story-wide results from the per-article rows."""
    _link_entities(session)
    _group_quotes(session)
    _group_points(session)
    _group_events(session)


def _link_entities(session: Session) -> None:
    session.execute(update(Mention).values(entity_id=None))
    session.execute(update(Quote).values(speaker_id=None))
    session.execute(delete(Entity))
    groups: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for mention in session.scalars(select(Mention)):
        groups[(mention.name, mention.kind)].append(mention)
    for (name, kind), members in groups.items():
        entity = Entity(
            name=name,
            kind=kind,
            role=next((m.role for m in members if m.role), None),
            aliases=sorted({a for m in members for a in m.aliases} - {name}),
            mentions=sum(m.count for m in members),
            article_count=len({m.article_id for m in members}),
        )
        session.add(entity)
        session.flush()
        for mention in members:
            mention.entity_id = entity.id


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
    membership: dict[int, int] = {}
    for found in grouping.group_points(inputs):
        group = PointGroup(
            text=found.text,
            representative_id=found.representative_id,
            score=found.score,
            article_count=len(found.article_ids),
            published=found.published,
            first_published=found.first_published,
        )
        session.add(group)
        session.flush()
        membership.update(dict.fromkeys(found.member_ids, group.id))
    _assign(session, Point, membership)


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
    membership: dict[int, int] = {}
    for found in grouping.group_events(inputs):
        group = EventGroup(
            text=found.text,
            representative_id=found.representative_id,
            date=found.date,
            date_precision=found.date_precision,
            article_count=len(found.article_ids),
        )
        session.add(group)
        session.flush()
        membership.update(dict.fromkeys(found.member_ids, group.id))
    _assign(session, Event, membership)


def _assign(session: Session, model: type[Point] | type[Event], membership: dict[int, int]) -> None:
    """Set each row's group id in bulk (executemany), not one UPDATE round trip per ORM object."""
    if membership:
        session.execute(
            update(model),
            [{"id": row_id, "cluster": group_id} for row_id, group_id in membership.items()],
        )
