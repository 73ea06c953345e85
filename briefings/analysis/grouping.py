"""Story level: the same fact or event reported by several articles becomes one group."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefings.analysis.candidates import outside_quotes
from briefings.analysis.results import DatePrecision
from briefings.analysis.similarity import Span, SparseVector, cluster, medoid, tfidf_vectors

# Cosine of word+pair TF-IDF above which two sentences state the same fact. On the seeds the
# three outlets' reports of the "pay a price" warning score 0.34–0.37 with one another, the
# closest pair of distinct facts 0.28, and the September warning against the March report 0.21.
SAME_FACT = 0.30
# Two reports of one event on the same dated day need less wording in common.
SAME_DAY_EVENT = 0.20
# Reports of one fact are published close together; beyond this it is a new development.
MAX_DAYS_APART = 30


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


def _period(date: dt.date, precision: DatePrecision) -> tuple[dt.date, dt.date]:
    """The first day and the day after the last of the period a date stands for."""
    if precision == "year":
        return dt.date(date.year, 1, 1), dt.date(date.year + 1, 1, 1)
    if precision == "month":
        start = date.replace(day=1)
        return start, (start + dt.timedelta(days=32)).replace(day=1)
    return date, date + dt.timedelta(days=1)


def dates_compatible(
    a: dt.date | None, a_precision: DatePrecision, b: dt.date | None, b_precision: DatePrecision
) -> bool:
    """True when either date is unknown or their periods overlap ("July 2023" ∋ "5 July 2023")."""
    if a is None or b is None or "unknown" in (a_precision, b_precision):
        return True
    a_start, a_end = _period(a, a_precision)
    b_start, b_end = _period(b, b_precision)
    return a_start < b_end and b_start < a_end


def _representative(
    members: list[int], texts: Sequence[str], scores: Sequence[float], vectors: list[SparseVector]
) -> int:
    """The most central member, helped by its own score and by being in the reporter's words."""
    centrality = medoid(members, vectors)

    def merit(k: int) -> tuple[float, int]:
        text = texts[members[k]]
        reporters_words = outside_quotes(text).strip() == text.strip()
        return centrality[k] + scores[members[k]] + 0.2 * reporters_words, -members[k]

    return members[max(range(len(members)), key=merit)]


def group_points(points: Sequence[PointInput]) -> list[PointGroup]:
    """Merge the points that state the same fact; groups best first (score, then newest)."""
    texts = [p.text for p in points]
    vectors, frequency = tfidf_vectors(texts)

    def period(i: int) -> tuple[dt.date, dt.date] | None:
        day = points[i].published
        return (day, day + dt.timedelta(days=1)) if day is not None else None

    def accept(span: Span) -> bool:
        return (span.max_end - span.min_start).days <= MAX_DAYS_APART + 1

    order = sorted(range(len(points)), key=lambda i: (-points[i].score, i))
    scores = [p.score for p in points]
    groups = []
    for members in cluster(vectors, frequency, order, lambda i, j: SAME_FACT, period, accept):
        chosen = _representative(members, texts, scores, vectors)
        dates = [d for i in members if (d := points[i].published) is not None]
        articles = tuple(sorted({points[i].article_id for i in members}))
        best = max(points[i].score for i in members)
        groups.append(
            PointGroup(
                text=points[chosen].text,
                representative_id=points[chosen].id,
                member_ids=tuple(sorted(points[i].id for i in members)),
                article_ids=articles,
                score=round(best * (1.0 + math.log(len(articles))), 4),
                published=max(dates, default=None),
                first_published=min(dates, default=None),
            )
        )
    groups.sort(key=lambda g: (-g.score, -(g.published or dt.date.min).toordinal()))
    return groups


_PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}


def group_events(events: Sequence[EventInput]) -> list[EventGroup]:
    """Merge reports of the same event on compatible dates; groups in date order, undated last."""
    texts = [e.text for e in events]
    vectors, frequency = tfidf_vectors(texts)

    def threshold(i: int, j: int) -> float:
        a, b = events[i], events[j]
        same_day = a.date == b.date and a.date_precision == b.date_precision == "day"
        return SAME_DAY_EVENT if same_day else SAME_FACT

    def period(i: int) -> tuple[dt.date, dt.date] | None:
        date, precision = events[i].date, events[i].date_precision
        return _period(date, precision) if date is not None and precision != "unknown" else None

    def accept(span: Span) -> bool:
        return span.max_start < span.min_end  # every member's period shares some day

    order = sorted(
        range(len(events)), key=lambda i: (-_PRECISION_RANK[events[i].date_precision], i)
    )
    no_scores = [0.0] * len(events)
    groups = []
    for members in cluster(vectors, frequency, order, threshold, period, accept):
        finest = max(_PRECISION_RANK[events[i].date_precision] for i in members)
        dated = [
            (events[i].date, events[i].date_precision)
            for i in members
            if events[i].date is not None and _PRECISION_RANK[events[i].date_precision] == finest
        ]
        date, precision = Counter(dated).most_common(1)[0][0] if dated else (None, "unknown")
        chosen = _representative(members, texts, no_scores, vectors)
        groups.append(
            EventGroup(
                text=events[chosen].text,
                representative_id=events[chosen].id,
                member_ids=tuple(sorted(events[i].id for i in members)),
                article_ids=tuple(sorted({events[i].article_id for i in members})),
                date=date,
                date_precision=precision,
            )
        )
    groups.sort(key=lambda g: (g.date is None, g.date or dt.date.min, -len(g.article_ids)))
    return groups


_LEADING_ADVERBIAL = re.compile(
    r"^(?:On|In|Earlier|Later|Between|After|Since|However|Meanwhile|Last|This)\b[^,“\"]{0,60},\s+"
)
_ATTRIBUTION = re.compile(
    r"^(?:The\s+)?(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})\s+"
    r"(?:said|says|stated|warned|warns|announced|told reporters|claimed)\s+(?:on\s+\w+\s+)?that\s+"
)
_TAIL = re.compile(r",?\s+(?:amid|as|while|which|who|after|according to)\b.*$")
HEADLINE_WORDS = 20


def compress(sentence: str, limit: int = HEADLINE_WORDS) -> str:
    """A sentence cut down to headline shape: "Who: what", no lead-in, no trailing clause."""
    text = re.sub(r"\s*\([^)]*\)", "", sentence).strip().rstrip(".")
    text = _LEADING_ADVERBIAL.sub("", text)
    attribution = _ATTRIBUTION.match(text)
    if attribution:
        text = f"{attribution['who']}: {text[attribution.end() :]}"
    if len(text.split()) > limit:
        text = _TAIL.sub("", text)
    words = text.split()
    if len(words) > limit:
        cut = " ".join(words[:limit])
        clause = cut.rsplit(",", 1)[0] if "," in cut else cut
        text = (clause if len(clause.split()) >= limit // 2 else cut).rstrip(",;:") + "…"
    return text[:1].upper() + text[1:]


def headline(groups: Sequence[PointGroup]) -> str:
    """One line for the briefing: the most widely reported, best-scored fact, compressed."""
    if not groups:
        return ""
    top = max(groups, key=lambda g: (len(g.article_ids), g.score))
    return compress(top.text)
