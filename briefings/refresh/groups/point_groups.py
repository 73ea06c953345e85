"""Point groups: the facts several articles state, grouped in full or with a window of stored ones."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from briefings.analysis import grouping
from briefings.models import Article, Point, PointGroup
from briefings.refresh.groups.point_region import (
    RELEASED,
    Loaded,
    TooLarge,
    point_region,
    stored_points,
)
from briefings.refresh.writes.rows import assign, chunks, insert_groups, update_rows

WINDOW = 1000  # stored groups of facts compared with a batch, best first
# Stored points up to which every edit's region is regrouped whole (point_region.py), as a
# rebuild groups it. In a larger story, an edit's region is regrouped whole when the walk that
# finds it reads at most REGION_UP_TO stored points (every undated point, and the dated ones
# within its reach of the region's dates); past them, the new and released points are grouped
# with the stored WINDOW, as new articles' are. A walk costs about what it reads and a region
# as much again to regroup: the templated reports of the generated corpus link most of the story
# at 10,000 articles (31 s of CPU an edit regrouped there: issue 19 asks < 1 s), and its first
# step reads about 8,000 points there (0.2 s of CPU, given up at 10,000); counted first, a read
# past REGION_UP_TO costs a count.
EXACT_UP_TO = 10_000
REGION_UP_TO = 5_000


def small(session: Session) -> bool:
    """Whether the story holds EXACT_UP_TO points or fewer."""
    query = select(Point.id).limit(EXACT_UP_TO + 1).subquery()
    return (session.scalar(select(func.count()).select_from(query)) or 0) <= EXACT_UP_TO


def bounded_region(session: Session, start: Iterable[int]) -> list[Loaded] | None:
    """The region of the points `start` (point_region.py), or None when finding it would read
    more than REGION_UP_TO stored points."""
    try:
        return point_region(session, start, limit=REGION_UP_TO)
    except TooLarge:
        return None


def group_points(session: Session) -> None:
    """Group every point of the story anew."""
    inputs = point_inputs(session)
    clear_point_groups(session)
    insert_point_groups(session, grouping.group_points(inputs))


def clear_point_groups(session: Session) -> None:
    """Delete every point group, each point's support back to 1.0 (a regrouping writes only the
    others: a point left alone must not keep the share it had in its old group). SQLite: their
    trigram index (migration 0024) emptied at once first, so the DELETE's trigger finds none of
    them indexed and takes no trigrams out."""
    session.execute(update(Point).where(Point.support != 1.0).values(support=1.0))
    if session.get_bind().dialect.name == "sqlite":
        session.execute(
            sql_text("INSERT INTO point_groups_fts(point_groups_fts) VALUES ('delete-all')")
        )
    session.execute(delete(PointGroup))


def point_inputs(session: Session) -> list[grouping.PointInput]:
    """Every point as grouping reads it, in the order of their ids."""
    rows = (
        session.connection()
        .execute(
            select(Point.id, Point.article_id, Point.text, Point.score, Article.published)
            .join(Article, Point.article_id == Article.id)
            .order_by(Point.id)
        )
        .all()
    )
    inputs = [
        grouping.PointInput(id=i, article_id=a, text=t, score=s, published=p)
        for i, a, t, s, p in rows
    ]
    return inputs


def insert_point_groups(session: Session, found: Sequence[grouping.PointGroup]) -> None:
    ids = insert_groups(
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
    assign(session, Point, {m: i for g, i in zip(found, ids, strict=True) for m in g.member_ids})
    _assign_support(session, {m: s for g in found for m, s in g.support.items()})


def _assign_support(session: Session, shares: dict[int, float]) -> None:
    """Store how far each grouped sentence states its point (1.0, the default, for the point's
    own sentence and lone points: only the others are written)."""
    update_rows(session, Point, [{"id": k, "support": v} for k, v in shares.items() if v < 1.0])


def group_new_points(session: Session) -> None:
    """Group the new points with the best WINDOW stored facts published near them; after an
    edit or a forget (points RELEASED), regroup the whole region they are linked to."""
    rows = _new_point_rows(session)
    if not rows:
        return
    if any(c == RELEASED for *_, c in rows):
        start = [r[0] for r in rows]
        region = point_region(session, start) if small(session) else bounded_region(session, start)
        if region is not None:
            _regroup_region(session, region)
            return
    write_points(session, _planned(session, rows))


@dataclass(frozen=True)
class PointsPlan:
    """What grouping the new points writes: stored groups' new figures, the points' groups, their
    support below 1.0, and the new groups."""

    changed: list[dict[str, Any]]
    assigned: dict[int, int]
    shares: dict[int, float]
    fresh: list[grouping.PointGroup]


def plan_new_points(session: Session) -> PointsPlan | None:
    """What `group_new_points` would write, worked out without writing (another process can, from
    what is committed, while the refresh's transaction does the rest); None when points were
    released (an edit: their region is regrouped by `group_new_points` itself)."""
    rows = _new_point_rows(session)
    if any(c == RELEASED for *_, c in rows):
        return None
    return _planned(session, rows) if rows else PointsPlan([], {}, {}, [])


def write_points(session: Session, plan: PointsPlan) -> None:
    """Write what grouping the new points found (`plan_new_points`)."""
    update_rows(session, PointGroup, plan.changed)
    assign(session, Point, plan.assigned)
    _assign_support(session, plan.shares)
    insert_point_groups(session, plan.fresh)


def _new_point_rows(session: Session) -> Sequence[Any]:
    return (
        session.connection()
        .execute(
            stored_points()
            .where(or_(Point.cluster.is_(None), Point.cluster == RELEASED))
            .order_by(Point.id)
        )
        .all()
    )


def _planned(session: Session, rows: Sequence[Any]) -> PointsPlan:
    """The new points `rows` grouped with the best WINDOW stored groups near their dates."""
    points = [grouping.PointInput(i, a, t, s, p) for i, a, t, s, p, _ in rows]
    query = (
        select(
            PointGroup.id,
            Point.text,
            PointGroup.score,
            PointGroup.article_count,
            PointGroup.published,
            PointGroup.first_published,
        )
        .join(Point, Point.id == PointGroup.representative_id)
        .order_by(PointGroup.score.desc(), PointGroup.id)
        .limit(WINDOW)
    )
    dates = [p.published for p in points if p.published is not None]
    if dates and len(dates) == len(points):
        reach = dt.timedelta(days=grouping.MAX_DAYS_APART + 1)
        query = query.where(
            or_(PointGroup.published.is_(None), PointGroup.published >= min(dates) - reach),
            or_(
                PointGroup.first_published.is_(None),
                PointGroup.first_published <= max(dates) + reach,
            ),
        )
    stored = {}
    known = []
    for group_id, text, score, count, last, first in session.connection().execute(query):
        stored[group_id] = (score, count, last, first)
        known.append(grouping.KnownGroup(group_id, text, grouping.point_span(first, last)))
    joined, fresh, shares = grouping.add_points(known, points)
    assigned: dict[int, int] = {}
    changed = []
    for group_id, members in joined.items():
        score, before, last, first = stored[group_id]
        count = before + len({p.article_id for p in members})
        best = max(score / (1.0 + math.log(before)), *(p.score for p in members))
        days = [p.published for p in members if p.published is not None]
        if days:
            last = max([*days, *([last] if last else [])])
            first = min([*days, *([first] if first else [])])
        changed.append(
            {
                "id": group_id,
                "article_count": count,
                "score": round(best * (1.0 + math.log(count)), 4),
                "published": last,
                "first_published": first,
            }
        )
        assigned.update(dict.fromkeys((p.id for p in members), group_id))
    return PointsPlan(changed, assigned, shares, fresh)


def _regroup_region(session: Session, region: list[Loaded]) -> None:
    """A region of points (point_region.py) grouped anew, as a rebuild groups it: its stored
    groups deleted, its points' support back to 1.0 (written again for the others)."""
    groups = {g for _, g in region if g is not None and g != RELEASED}
    for ids in chunks(sorted(groups)):
        session.execute(delete(PointGroup).where(PointGroup.id.in_(ids)))
    for ids in chunks([p.id for p, _ in region]):
        session.execute(
            update(Point).where(Point.id.in_(ids), Point.support != 1.0).values(support=1.0)
        )
    insert_point_groups(session, grouping.group_points([p for p, _ in region]))
