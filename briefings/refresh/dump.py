"""The story-level rows in a canonical form that no row id enters.

Two stories compare equal when they link the same mentions, cluster the same quotes and group
the same sentences.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from briefings.models import (
    Article,
    Entity,
    EntityName,
    Event,
    EventGroup,
    Mention,
    Point,
    PointGroup,
    Quote,
)

__all__ = ["dump_story"]


def dump_story(session: Session) -> dict[str, Any]:
    """Entities (names, lookup keys, linked mentions), quote clusters with their speakers, point
    groups with their cited articles and evidence, event groups: sorted, ids replaced by what
    they stand for (an article by its path, a row by its article and text)."""
    path: dict[int, str] = {i: p for i, p in session.execute(select(Article.id, Article.path))}
    entity_names: dict[int, list[str]] = defaultdict(list)
    for entity_id, key in session.execute(select(EntityName.entity_id, EntityName.key)):
        entity_names[entity_id].append(key)
    members: dict[int | None, list[tuple[str, str]]] = defaultdict(list)
    for linked, article_id, name in session.execute(
        select(Mention.entity_id, Mention.article_id, Mention.name)
    ):
        members[linked].append((path[article_id], name))
    entity_of: dict[int, str] = {}
    entities = []
    for e in session.execute(select(Entity)).scalars():
        entity_of[e.id] = f"{e.kind}:{e.name}"
        entities.append(
            (
                e.name,
                e.kind,
                e.role,
                sorted(e.aliases),
                e.mentions,
                e.article_count,
                sorted(entity_names[e.id]),
                sorted(members[e.id]),
            )
        )
    quotes: dict[int | None, list[tuple[str, int, str | None]]] = defaultdict(list)
    for article_id, position, speaker_id, cluster in session.execute(
        select(Quote.article_id, Quote.position, Quote.speaker_id, Quote.cluster)
    ):
        speaker = entity_of.get(speaker_id) if speaker_id is not None else None
        quotes[cluster].append((path[article_id], position, speaker))
    text_of = {}
    grouped: dict[int | None, list[tuple[str, str, float]]] = defaultdict(list)
    for point_id, article_id, text, cluster, support in session.execute(
        select(Point.id, Point.article_id, Point.text, Point.cluster, Point.support)
    ):
        text_of[point_id] = (path[article_id], text)
        grouped[cluster].append((path[article_id], text, round(support, 4)))
    points = [
        (
            text_of.get(g.representative_id),
            g.text,
            g.score,
            g.article_count,
            str(g.published),
            str(g.first_published),
            sorted(grouped[g.id]),
        )
        for g in session.execute(select(PointGroup)).scalars()
    ]
    events_of: dict[int | None, list[tuple[str, str]]] = defaultdict(list)
    event_text = {}
    for event_id, article_id, text, cluster in session.execute(
        select(Event.id, Event.article_id, Event.text, Event.cluster)
    ):
        event_text[event_id] = (path[article_id], text)
        events_of[cluster].append((path[article_id], text))
    events = [
        (
            event_text.get(g.representative_id),
            g.text,
            str(g.date),
            g.date_precision,
            g.article_count,
            sorted(events_of[g.id]),
        )
        for g in session.execute(select(EventGroup)).scalars()
    ]
    return {
        "entities": sorted(entities),
        "unlinked_mentions": sorted(members[None]),
        "quote_clusters": sorted(sorted(q) for c, q in quotes.items() if c is not None),
        "unclustered_quotes": sorted(quotes[None]),
        "point_groups": sorted(points, key=repr),
        "ungrouped_points": sorted(grouped[None]),
        "event_groups": sorted(events, key=repr),
        "ungrouped_events": sorted(events_of[None]),
    }
