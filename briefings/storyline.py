"""Story-level results refreshed after ingest: entities linked across articles, quotes grouped."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from briefings.models import Entity, Mention, Quote


def refresh_story(session: Session) -> None:
    """Recompute the story-wide entities and quote groups from the per-article rows."""
    _link_entities(session)
    _group_quotes(session)


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
