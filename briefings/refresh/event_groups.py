"""Event groups: the dated events several articles report, grouped in full or with the stored
groups their dates allow."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import cast

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from briefings.analysis import grouping
from briefings.analysis.results import DatePrecision
from briefings.analysis.similarity import Span
from briefings.models import Event, EventGroup
from briefings.refresh.rows import assign, insert_groups, update_rows

EVENT_REACH = dt.timedelta(days=366)  # a year-precise date may join an event this far away
CHUNK = 500  # ids per IN list


def group_events(session: Session) -> None:
    """Group every dated event of the story anew."""
    inputs = event_inputs(session)
    session.execute(delete(EventGroup))
    insert_event_groups(session, grouping.group_events(inputs))


def event_inputs(session: Session) -> list[grouping.EventInput]:
    """Every event as grouping reads it, in the order of their ids."""
    rows = session.execute(
        select(Event.id, Event.article_id, Event.text, Event.date, Event.date_precision).order_by(
            Event.id
        )
    ).all()
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
    """Group the new events with every stored event their dates allow them to join."""
    rows = session.execute(
        select(Event.id, Event.article_id, Event.text, Event.date, Event.date_precision)
        .where(Event.cluster.is_(None))
        .order_by(Event.id)
    ).all()
    if not rows:
        return
    events = [grouping.EventInput(i, a, t, d, p) for i, a, t, d, p in rows]  # type: ignore[arg-type]
    stored: dict[int, tuple[grouping.EventInput, int]] = {}
    known = []
    for group_id, text, date, precision, count in candidate_groups(session, events):
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
    update_rows(session, EventGroup, changed)
    assign(session, Event, assigned)
    insert_event_groups(session, fresh)


def candidate_groups(
    session: Session, events: Sequence[grouping.EventInput]
) -> list[tuple[int, str, dt.date | None, DatePrecision, int]]:
    """Every stored group one of `events` could join as grouping judges dates: periods that
    share a day (any group for an undated event, an undated group for any event); most
    reported first. (id, representative's text, date, precision, articles.)

    Not a window of the most reported: a report of an event joins its group wherever the group
    ranks, so what an edit regroups does not depend on how many other events are stored. The
    dates are read first, then only the words of the groups they allow."""
    query = select(
        EventGroup.id,
        EventGroup.representative_id,
        EventGroup.date,
        EventGroup.date_precision,
        EventGroup.article_count,
    )
    periods = [grouping.event_period(e.date, e.date_precision) for e in events]
    dated = [p for p in periods if p is not None]
    if len(dated) == len(periods):
        query = query.where(
            or_(
                EventGroup.date.is_(None),
                EventGroup.date_precision == "unknown",
                EventGroup.date.between(
                    min(p[0] for p in dated) - EVENT_REACH, max(p[1] for p in dated) + EVENT_REACH
                ),
            )
        )
    allowed: list[tuple[int, int, dt.date | None, DatePrecision, int]] = []
    for group_id, representative, date, written, count in session.execute(query).tuples():
        precision = cast(DatePrecision, written)
        period = grouping.event_period(date, precision)
        if period is None or len(dated) < len(periods) or _overlaps(period, dated):
            allowed.append((group_id, representative, date, precision, count))
    texts: dict[int, str] = {}
    ids = sorted(r for _, r, _, _, _ in allowed)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        texts.update(
            session.execute(select(Event.id, Event.text).where(Event.id.in_(chunk))).tuples().all()
        )
    allowed.sort(key=lambda row: (-row[4], -row[0]))
    return [(g, texts[r], d, p, c) for g, r, d, p, c in allowed]


def _overlaps(period: tuple[dt.date, dt.date], others: list[tuple[dt.date, dt.date]]) -> bool:
    return any(period[0] < end and start < period[1] for start, end in others)
