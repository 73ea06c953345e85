"""Event groups: the dated events several articles report, grouped in full or near their dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from briefings.analysis import grouping
from briefings.analysis.similarity import Span
from briefings.models import Event, EventGroup
from briefings.refresh.writes.rows import assign, insert_groups, update_rows

WINDOW = 1000  # stored events compared with a batch, most reported first
EVENT_REACH = dt.timedelta(days=366)  # a year-precise date may join an event this far away


def group_events(session: Session) -> None:
    """Group every dated event of the story anew."""
    inputs = event_inputs(session)
    session.execute(delete(EventGroup))
    insert_event_groups(session, grouping.group_events(inputs))


def event_inputs(session: Session) -> list[grouping.EventInput]:
    """Every event as grouping reads it, in the order of their ids."""
    rows = (
        session.connection()
        .execute(
            select(
                Event.id, Event.article_id, Event.text, Event.date, Event.date_precision
            ).order_by(Event.id)
        )
        .all()
    )
    inputs = [
        grouping.EventInput(id=i, article_id=a, text=t, date=d, date_precision=p)  # type: ignore[arg-type]
        for i, a, t, d, p in rows
    ]
    return inputs


def insert_event_groups(session: Session, found: Sequence[grouping.EventGroup]) -> None:
    ids = insert_groups(
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
    assign(session, Event, {m: i for g, i in zip(found, ids, strict=True) for m in g.member_ids})


def group_new_events(session: Session) -> None:
    """Group the new events with the WINDOW stored events dated near them, most reported first."""
    write_events(session, plan_new_events(session))


@dataclass(frozen=True)
class EventsPlan:
    """What grouping the new events writes: stored groups' new figures, the events' groups and
    the new groups."""

    changed: list[dict[str, Any]]
    assigned: dict[int, int]
    fresh: list[grouping.EventGroup]


def write_events(session: Session, plan: EventsPlan) -> None:
    """Write what grouping the new events found (`plan_new_events`)."""
    update_rows(session, EventGroup, plan.changed)
    assign(session, Event, plan.assigned)
    insert_event_groups(session, plan.fresh)


def plan_new_events(session: Session) -> EventsPlan:
    """What `group_new_events` writes, worked out without writing (another process can, from
    what is committed, while the refresh's transaction does the rest)."""
    rows = (
        session.connection()
        .execute(
            select(Event.id, Event.article_id, Event.text, Event.date, Event.date_precision)
            .where(Event.cluster.is_(None))
            .order_by(Event.id)
        )
        .all()
    )
    if not rows:
        return EventsPlan([], {}, [])
    events = [grouping.EventInput(i, a, t, d, p) for i, a, t, d, p in rows]  # type: ignore[arg-type]
    best = (
        select(
            EventGroup.id,
            EventGroup.representative_id,
            EventGroup.date,
            EventGroup.date_precision,
            EventGroup.article_count,
        )
        .where(EventGroup.date.is_not(None))
        .order_by(EventGroup.article_count.desc(), EventGroup.id.desc())
        .limit(WINDOW)
    )
    dates = [e.date for e in events if e.date is not None]
    if dates:
        best = best.where(
            EventGroup.date >= min(dates) - EVENT_REACH, EventGroup.date <= max(dates) + EVENT_REACH
        )
    window = best.subquery()  # the window first, then only its representatives' words
    query = (
        select(
            window.c.id, Event.text, window.c.date, window.c.date_precision, window.c.article_count
        )
        .join(Event, Event.id == window.c.representative_id)
        .order_by(window.c.article_count.desc(), window.c.id.desc())
    )
    stored: dict[int, tuple[grouping.EventInput, int]] = {}
    known = []
    for group_id, text, date, precision, count in session.connection().execute(query):
        stand_in = grouping.EventInput(0, 0, text, date, precision)
        stored[group_id] = (stand_in, count)
        span = grouping.event_period(date, stand_in.date_precision)
        known.append(
            (grouping.KnownGroup(group_id, text, Span.of(span) if span else None), stand_in)
        )
    joined, fresh = grouping.add_events(known, events)
    assigned: dict[int, int] = {}
    changed = []
    for group_id, members in joined.items():
        stand_in, count = stored[group_id]
        date, precision = grouping.finest_date([stand_in, *members])
        changed.append(
            {
                "id": group_id,
                "article_count": count + len({e.article_id for e in members}),
                "date": date,
                "date_precision": precision,
            }
        )
        assigned.update(dict.fromkeys((e.id for e in members), group_id))
    return EventsPlan(changed, assigned, fresh)
