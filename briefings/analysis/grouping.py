"""Story level: the same fact or event reported by several articles becomes one group."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from briefings.analysis.candidates import outside_quotes
from briefings.analysis.dates.periods import date_period
from briefings.analysis.headline import compress
from briefings.analysis.results import DatePrecision
from briefings.analysis.similarity import (
    Span,
    SparseVector,
    cluster,
    medoid,
    vectors_and_words,
)
from briefings.analysis.support import support

# Cosine of word+pair TF-IDF above which two sentences state the same fact. On the seeds the
# three outlets' reports of the "pay a price" warning score 0.34–0.37 with one another, the
# closest pair of distinct facts 0.28, and the September warning against the March report 0.21
# (measured with IDF from the sentences themselves; the fixed table now used keeps the seeds'
# and PolNeAR's figures: tests/analysis, `python -m evaluation`).
SAME_FACT = 0.30
# Two reports of one event on the same dated day need less wording in common.
SAME_DAY_EVENT = 0.20
# Reports of one fact are published close together; beyond this it is a new development.
MAX_DAYS_APART = 30

Period = tuple[dt.date, dt.date] | None


@dataclass(frozen=True)
class PointInput:
    """One candidate point of one article, as stored."""

    id: int
    article_id: int
    text: str
    score: float
    published: dt.date | None = None
    date_precision: DatePrecision = "unknown"


@dataclass(frozen=True)
class PointGroup:
    """One fact of the story and every article that reports it."""

    text: str  # the member that best represents the group
    representative_id: int
    member_ids: tuple[int, ...]
    article_ids: tuple[int, ...]
    score: float  # best member score, raised by how many articles report it
    published: dt.date | None  # newest publication date among the members
    first_published: dt.date | None  # oldest
    # member id -> share of the point's words its sentence states (every member states the
    # point: its names, numbers and at least MIN_SHARED_WORDS of its words); 1.0 for the point
    support: dict[int, float] = field(default_factory=dict)


@dataclass(frozen=True)
class EventInput:
    """One dated (or undated) event of one article, as stored."""

    id: int
    article_id: int
    text: str
    date: dt.date | None
    date_precision: DatePrecision = "unknown"


@dataclass(frozen=True)
class EventGroup:
    """One event of the timeline and every article that reports it."""

    text: str
    representative_id: int
    member_ids: tuple[int, ...]
    article_ids: tuple[int, ...]
    date: dt.date | None  # the most precise date the members give
    date_precision: DatePrecision


def dates_compatible(
    a: dt.date | None, a_precision: DatePrecision, b: dt.date | None, b_precision: DatePrecision
) -> bool:
    """True when either date is unknown or their periods overlap ("July 2023" ∋ "5 July 2023")."""
    if a is None or b is None or "unknown" in (a_precision, b_precision):
        return True
    a_start, a_end = date_period(a, a_precision)
    b_start, b_end = date_period(b, b_precision)
    return a_start < b_end and b_start < a_end


def _representative(
    members: list[int],
    texts: Sequence[str],
    scores: Sequence[float],
    vectors: list[SparseVector],
    central: dict[int, float] | None = None,
) -> int:
    """The most central member, helped by its own score and by being in the reporter's words.
    `central`: each member's centrality when already measured (among a larger group)."""
    centrality = central or dict(zip(members, medoid(members, vectors), strict=True))

    def merit(member: int) -> tuple[float, int]:
        text = texts[member]
        reporters_words = outside_quotes(text).strip() == text.strip()
        return centrality[member] + scores[member] + 0.2 * reporters_words, -member

    return max(members, key=merit)


@dataclass(frozen=True)
class KnownGroup:
    """A group stored by an earlier refresh: new sentences may join it."""

    id: int
    text: str  # its representative's words
    span: Span | None  # the dates its members stand for


def point_span(first: dt.date | None, last: dt.date | None) -> Span | None:
    """The span of a point group published from `first` to `last`."""
    if first is None or last is None:
        return None
    day = dt.timedelta(days=1)
    return Span(first, last, first + day, last + day)


def _point_period(points: Sequence[PointInput], offset: int) -> Callable[[int], Period]:
    def period(i: int) -> Period:
        day = points[i - offset].published
        return (day, day + dt.timedelta(days=1)) if day is not None else None

    return period


def _points_accept(span: Span) -> bool:
    return (span.max_end - span.min_start).days <= MAX_DAYS_APART + 1


def _point_groups(
    found: Sequence[list[int]],
    points: Sequence[PointInput],
    vectors: list[SparseVector],
    offset: int = 0,
) -> list[PointGroup]:
    """The groups of `found` members (indexes of `vectors`; `points[i - offset]` is member i)."""
    texts = [""] * offset + [p.text for p in points]
    scores = [0.0] * offset + [p.score for p in points]
    return [
        _point_group(members, chosen, shares, points, offset)
        for m in found
        for members, chosen, shares in _stating(m, texts, scores, vectors)
    ]


# A group's point is the member the most others state, among this many best-placed members.
POINT_CANDIDATES = 5
# Points found in one cluster at most; members left then stand alone (the work stays linear).
POINTS_PER_CLUSTER = 4


def _stating(
    members: list[int], texts: Sequence[str], scores: Sequence[float], vectors: list[SparseVector]
) -> list[tuple[list[int], int, dict[int, float]]]:
    """`members` split so that each part's sentences all state its point (see support.py):
    (members, point, member -> shared words). Sentences that only share the topic are cited
    apart, not under a point they do not state."""
    parts: list[tuple[list[int], int, dict[int, float]]] = []
    rest = list(members)
    central = dict(zip(members, medoid(members, vectors), strict=True))
    while rest:
        if len(rest) == 1 or len(parts) == POINTS_PER_CLUSTER:
            parts.extend(([m], m, {m: 1.0}) for m in rest)
            break
        first = _representative(rest, texts, scores, vectors, central)
        others = sorted((m for m in rest if m != first), key=lambda m: (-scores[m], m))
        ranked = [first, *others[: POINT_CANDIDATES - 1]]
        best: tuple[int, int, dict[int, float]] | None = None
        for candidate in ranked:
            shares = {candidate: 1.0}
            for member in rest:
                if member != candidate:
                    found = support(texts[member], texts[candidate])
                    if found.ok:
                        shares[member] = found.shared_words
            if best is None or len(shares) > best[0]:
                best = (len(shares), candidate, shares)
        assert best is not None
        _, chosen, shares = best
        parts.append((sorted(shares), chosen, shares))
        rest = [m for m in rest if m not in shares]
    return parts


def _point_group(
    members: list[int],
    representative: int,
    shares: dict[int, float],
    points: Sequence[PointInput],
    offset: int,
) -> PointGroup:
    chosen = representative - offset
    found = [points[i - offset] for i in members]
    dates = [p.published for p in found if p.published is not None]
    articles = tuple(sorted({p.article_id for p in found}))
    best = max(p.score for p in found)
    return PointGroup(
        text=points[chosen].text,
        representative_id=points[chosen].id,
        member_ids=tuple(sorted(p.id for p in found)),
        article_ids=articles,
        score=round(best * (1.0 + math.log(len(articles))), 4),
        published=max(dates, default=None),
        first_published=min(dates, default=None),
        support={points[i - offset].id: share for i, share in shares.items()},
    )


def group_points(points: Sequence[PointInput]) -> list[PointGroup]:
    """Merge the points that state the same fact; groups best first (score, then newest)."""
    texts = [p.text for p in points]
    vectors, words = vectors_and_words(texts)
    order = sorted(range(len(points)), key=lambda i: (-points[i].score, i))
    found = cluster(
        vectors,
        order,
        lambda i, j: SAME_FACT,
        _point_period(points, 0),
        _points_accept,
        reach=MAX_DAYS_APART + 1,
        words=words,
        floor=SAME_FACT,
    )
    groups = _point_groups(found, points, vectors)
    groups.sort(key=lambda g: (-g.score, -(g.published or dt.date.min).toordinal()))
    return groups


def add_points(
    known: Sequence[KnownGroup], points: Sequence[PointInput]
) -> tuple[dict[int, list[PointInput]], list[PointGroup], dict[int, float]]:
    """New points joined to the known groups they state (group id -> points), or grouped anew;
    and for each joined point the share of the group's words its sentence states.

    The same leader clustering as `group_points`, with the known groups as leaders already in
    place; word weights come from the fixed table (similarity.py), as in `group_points`. A new
    sentence joins a known group only when it states the group's point (support.py)."""
    texts = [k.text for k in known] + [p.text for p in points]
    vectors, words = vectors_and_words(texts)
    offset = len(known)
    order = sorted(
        range(offset, offset + len(points)), key=lambda i: (-points[i - offset].score, i)
    )
    seeds = [(k, group.span) for k, group in enumerate(known)]
    found = cluster(
        vectors,
        order,
        lambda i, j: SAME_FACT,
        _point_period(points, offset),
        _points_accept,
        seeds,
        reach=MAX_DAYS_APART + 1,
        words=words,
        floor=SAME_FACT,
    )
    joined: dict[int, list[PointInput]] = {}
    shares: dict[int, float] = {}
    apart: list[list[int]] = []
    for k, members in enumerate(found[:offset]):
        for i in (m for m in members if m >= offset):
            found_support = support(points[i - offset].text, known[k].text)
            if found_support.ok:
                joined.setdefault(known[k].id, []).append(points[i - offset])
                shares[points[i - offset].id] = found_support.shared_words
            else:
                apart.append([i])
    fresh = _point_groups([*found[offset:], *apart], points, vectors, offset)
    return joined, fresh, shares


_PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}


def event_period(date: dt.date | None, precision: DatePrecision) -> Period:
    """The days an event's date stands for; None when it is unknown."""
    return date_period(date, precision) if date is not None and precision != "unknown" else None


def finest_date(events: Sequence[EventInput]) -> tuple[dt.date | None, DatePrecision]:
    """The date most of the events give at the finest precision any of them has."""
    finest = max(_PRECISION_RANK[e.date_precision] for e in events)
    dated = [
        (e.date, e.date_precision)
        for e in events
        if e.date is not None and _PRECISION_RANK[e.date_precision] == finest
    ]
    return Counter(dated).most_common(1)[0][0] if dated else (None, "unknown")


# The least similarity `_event_rules`' threshold asks of two events (`cluster`'s floor).
EVENT_FLOOR = min(SAME_DAY_EVENT, SAME_FACT)


def _event_rules(
    events: Sequence[EventInput],
) -> tuple[Callable[[int, int], float], Callable[[int], Period]]:
    """The similarity needed between events i and j, and the period of event i."""

    def threshold(i: int, j: int) -> float:
        a, b = events[i], events[j]
        same_day = a.date == b.date and a.date_precision == b.date_precision == "day"
        return SAME_DAY_EVENT if same_day else SAME_FACT

    def period(i: int) -> Period:
        return event_period(events[i].date, events[i].date_precision)

    return threshold, period


def _events_accept(span: Span) -> bool:
    return span.max_start < span.min_end  # every member's period shares some day


def _event_groups(
    found: Sequence[list[int]],
    events: Sequence[EventInput],
    vectors: list[SparseVector],
    offset: int = 0,
) -> list[EventGroup]:
    """The groups of `found` members (indexes of `vectors`; `events[i - offset]` is member i)."""
    texts = [""] * offset + [e.text for e in events]
    no_scores = [0.0] * len(texts)
    return [_event_group(m, events, vectors, offset, texts, no_scores) for m in found]


def _event_group(
    members: list[int],
    events: Sequence[EventInput],
    vectors: list[SparseVector],
    offset: int,
    texts: Sequence[str],
    no_scores: Sequence[float],
) -> EventGroup:
    found = [events[i - offset] for i in members]
    date, precision = finest_date(found)
    chosen = _representative(members, texts, no_scores, vectors) - offset
    return EventGroup(
        text=events[chosen].text,
        representative_id=events[chosen].id,
        member_ids=tuple(sorted(e.id for e in found)),
        article_ids=tuple(sorted({e.article_id for e in found})),
        date=date,
        date_precision=precision,
    )


def _event_order(events: Sequence[EventInput], offset: int = 0) -> list[int]:
    return sorted(
        range(offset, offset + len(events)),
        key=lambda i: (-_PRECISION_RANK[events[i - offset].date_precision], i),
    )


def group_events(events: Sequence[EventInput]) -> list[EventGroup]:
    """Merge reports of the same event on compatible dates; groups in date order, undated last."""
    texts = [e.text for e in events]
    vectors, words = vectors_and_words(texts)
    threshold, period = _event_rules(events)
    found = cluster(
        vectors,
        _event_order(events),
        threshold,
        period,
        _events_accept,
        words=words,
        floor=EVENT_FLOOR,
    )
    groups = _event_groups(found, events, vectors)
    groups.sort(key=lambda g: (g.date is None, g.date or dt.date.min, -len(g.article_ids)))
    return groups


def add_events(
    known: Sequence[tuple[KnownGroup, EventInput]], events: Sequence[EventInput]
) -> tuple[dict[int, list[EventInput]], list[EventGroup]]:
    """New events joined to the known groups they report (group id -> events), or grouped anew.

    Each known group comes with an event standing for it (its text, date and precision)."""
    stand_ins = [e for _, e in known]
    everything = [*stand_ins, *events]
    texts = [e.text for e in everything]
    vectors, words = vectors_and_words(texts)
    threshold, period = _event_rules(everything)
    offset = len(known)
    seeds = [(k, group.span) for k, (group, _) in enumerate(known)]
    order = _event_order(events, offset)
    found = cluster(
        vectors, order, threshold, period, _events_accept, seeds, words=words, floor=EVENT_FLOOR
    )
    joined = {
        known[k][0].id: [events[i - offset] for i in members if i >= offset]
        for k, members in enumerate(found[:offset])
        if len(members) > 1
    }
    return joined, _event_groups(found[offset:], events, vectors, offset)


def headline(groups: Sequence[PointGroup]) -> str:
    """One line for the briefing: the most widely reported, best-scored fact, compressed."""
    if not groups:
        return ""
    top = max(groups, key=lambda g: (len(g.article_ids), g.score))
    return compress(top.text)
