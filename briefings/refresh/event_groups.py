"""Event groups: the dated events several articles report, grouped in full or with the stored
groups their dates allow."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import cast

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.orm import Session

from briefings.analysis import grouping
from briefings.analysis.results import DatePrecision
from briefings.analysis.similarity import Span, sharing
from briefings.models import Event, EventGroup
from briefings.refresh.rows import assign, insert_groups, update_rows

# Stored events whose words weigh a batch's (IDF), most reported first. Every other group the
# batch's dates allow is compared too when it shares one of a new sentence's rarest words.
WINDOW = 1000
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
    """Group the new events with every stored event their dates allow them to join: the most
    reported WINDOW within EVENT_REACH, which weigh the words, and the others sharing a rare
    word with one."""
    rows = session.execute(
        select(Event.id, Event.article_id, Event.text, Event.date, Event.date_precision)
        .where(Event.cluster.is_(None))
        .order_by(Event.id)
    ).all()
    if not rows:
        return
    events = [grouping.EventInput(i, a, t, d, p) for i, a, t, d, p in rows]  # type: ignore[arg-type]
    window = _window(session, events)
    others = candidate_groups(session, events, {row[0] for row in window})
    kept, frequency, total = sharing(
        [row[1] for row in window], [row[1] for row in others], [e.text for e in events]
    )
    stored: dict[int, tuple[grouping.EventInput, int]] = {}
    known = []
    for group_id, text, date, precision, count in [*window, *(others[k] for k in kept)]:
        stand_in = grouping.EventInput(0, 0, text, date, precision)
        stored[group_id] = (stand_in, count)
        span = grouping.event_period(date, stand_in.date_precision)
        known.append(
            (grouping.KnownGroup(group_id, text, Span.of(span) if span else None), stand_in)
        )
    joined, fresh = grouping.add_events(known, events, (frequency, total))
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


Row = tuple[int, str, dt.date | None, DatePrecision, int]


def _window(session: Session, events: Sequence[grouping.EventInput]) -> list[Row]:
    """The WINDOW stored events dated within EVENT_REACH of the batch, most reported first."""
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
    return [(g, t, d, cast(DatePrecision, p), c) for g, t, d, p, c in session.execute(query)]


def candidate_groups(
    session: Session, events: Sequence[grouping.EventInput], seen: set[int]
) -> list[Row]:
    """Every stored group but those `seen` one of `events` could join as grouping judges dates:
    periods that share a day (any group for an undated event, an undated group for any event);
    most reported first. (id, representative's text, date, precision, articles.)

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
        first, last = min(p[0] for p in dated), max(p[1] for p in dated)
        month = dt.timedelta(days=31)
        query = query.where(
            or_(
                EventGroup.date.is_(None),
                EventGroup.date_precision == "unknown",
                and_(
                    EventGroup.date_precision == "day",
                    EventGroup.date >= first,
                    EventGroup.date < last,
                ),
                and_(
                    EventGroup.date_precision == "month",
                    EventGroup.date.between(first - month, last + month),
                ),
                and_(
                    EventGroup.date_precision == "year",
                    EventGroup.date.between(first - EVENT_REACH, last + EVENT_REACH),
                ),
            )
        )
    allowed: list[tuple[int, int, dt.date | None, DatePrecision, int]] = []
    for group_id, representative, date, written, count in session.execute(query):
        precision = cast(DatePrecision, written)
        period = grouping.event_period(date, precision)
        if group_id in seen:
            continue
        if period is None or len(dated) < len(periods) or _overlaps(period, dated):
            allowed.append((group_id, representative, date, precision, count))
    texts: dict[int, str] = {}
    ids = sorted(r for _, r, _, _, _ in allowed)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        texts.update(
            {
                i: t
                for i, t in session.execute(select(Event.id, Event.text).where(Event.id.in_(chunk)))
            }
        )
    allowed.sort(key=lambda row: (-row[4], -row[0]))
    return [(g, texts[r], d, p, c) for g, r, d, p, c in allowed]


def _overlaps(period: tuple[dt.date, dt.date], others: list[tuple[dt.date, dt.date]]) -> bool:
    return any(period[0] < end and start < period[1] for start, end in others)
