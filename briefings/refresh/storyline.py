"""Story-level results refreshed after ingest: entities linked, quotes, facts and events grouped.

After a batch of new articles only what they touch is worked out: their mentions linked into
the stored entities through the lookup keys, their quotes clustered with the same speaker's
newest quotes, their points and events grouped with a bounded window of stored groups. Rows not
yet linked or grouped (NULL entity or cluster) are what is new. An article changed or removed
first lets go of what it touched (release.py): those groups' rows are NULL again, and the
entities are listed in `released_entities`, whose mentions are linked again with the new ones.
The whole story is rebuilt here when it is empty; when owed or asked (`briefbot rebuild`), in
bounded transactions by rebuild.py from the same parts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from briefings.analysis import grouping
from briefings.models import Entity, EventGroup, PointGroup
from briefings.refresh.entities.extended import release_extended
from briefings.refresh.entities.link import answered_quotes
from briefings.refresh.entities.link import link_all as _link_entities
from briefings.refresh.entities.link import link_new_mentions as _link_new_mentions
from briefings.refresh.entities.link import new_speakers as _new_speakers
from briefings.refresh.entities.speakers import recluster_speakers as _recluster_speakers
from briefings.refresh.groups.event_groups import (
    EventsPlan,
    event_inputs,
    plan_new_events,
    write_events,
)
from briefings.refresh.groups.event_groups import group_events as _group_events
from briefings.refresh.groups.event_groups import group_new_events as _group_new_events
from briefings.refresh.groups.point_groups import (
    PointsPlan,
    clear_point_groups,
    plan_new_points,
    point_inputs,
    write_points,
)
from briefings.refresh.groups.point_groups import group_new_points as _group_new_points
from briefings.refresh.groups.point_groups import group_points as _group_points
from briefings.refresh.groups.quote_clusters import group_new_quotes as _group_new_quotes
from briefings.refresh.groups.quote_clusters import group_quotes as _group_quotes

__all__ = ["GroupPlans", "Planner", "plan_new_groups", "rebuild_story", "refresh_story"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GroupPlans:
    """The new points' and events' grouping, worked out without writing (`plan_new_groups`)."""

    points: PointsPlan | None  # None: points were released (an edit), grouped by the refresh
    events: EventsPlan
    whole: bool = False  # the story was empty: every point and event grouped anew


# Starts `plan_new_groups` elsewhere (another process, reading what is committed); what it
# returns waits for the plans (and raises if planning failed)
Planner = Callable[[], Callable[[], GroupPlans]]


def plan_new_groups(session: Session) -> GroupPlans:
    """What a refresh writes for the new points and events (for every one, when the story is
    empty and the refresh rebuilds it). They depend on no entity, quote or speaker, so another
    process can work them out from what is committed while the refresh links and clusters (the
    refresh holds the write lock: nothing else is committed meanwhile, and it has not written
    them yet)."""
    if _story_empty(session):
        points = grouping.group_points(point_inputs(session))
        events = grouping.group_events(event_inputs(session))
        return GroupPlans(PointsPlan([], {}, {}, points), EventsPlan([], {}, events), whole=True)
    return GroupPlans(plan_new_points(session), plan_new_events(session))


def refresh_story(session: Session, *, full: bool = False, planner: Planner | None = None) -> None:
    """Bring the story-wide results up to date with the per-article rows.

    Incremental unless `full` (articles changed or removed) or the story is still empty. With a
    `planner`, the new points and events are grouped by it while this links and clusters (the
    same groups: see `plan_new_groups`); if it fails, here after."""
    if full:
        rebuild_story(session)
        return
    planned = _asked(planner)
    if _story_empty(session):
        _rebuild_empty(session, _asked(planned))
        return
    named = release_extended(session)  # the stored entities the new names extend: linked anew
    relinked = _link_new_mentions(session)  # names looked up here, so a test can pause it
    answered_quotes(session, named)  # quotes of no one the new names answer: attributed again
    speakers = _new_speakers(session)
    _recluster_speakers(session, relinked, speakers)
    _group_new_quotes(session, speakers)
    plans = _asked(planned)
    if plans is not None and plans.whole:  # never expected: the story was empty for it
        plans = None
    if plans is None or plans.points is None:
        _group_new_points(session)
    else:
        write_points(session, plans.points)
    if plans is None:
        _group_new_events(session)
    else:
        write_events(session, plans.events)


def _rebuild_empty(session: Session, plans: GroupPlans | None) -> None:
    """`rebuild_story` of an empty story, its points and events grouped as `plans` found (when
    they were planned for an empty story too)."""
    if plans is None or not plans.whole or plans.points is None:
        rebuild_story(session)
        return
    _group_quotes(session, _link_entities(session))
    clear_point_groups(session)
    write_points(session, plans.points)
    session.execute(delete(EventGroup))
    write_events(session, plans.events)


T = TypeVar("T")


def _asked(step: Callable[[], T] | None) -> T | None:
    """What a step of the planning elsewhere gives (`planner()` starts it, what that returns waits
    for its plans); None when there is no planner or the step failed: grouped here then."""
    if step is None:
        return None
    try:
        return step()
    except Exception:
        log.warning("planning the new groups elsewhere failed; grouping them here", exc_info=True)
        return None


def rebuild_story(session: Session) -> None:
    """Recompute the story-wide results from every per-article row."""
    _group_quotes(session, _link_entities(session))
    _group_points(session)
    _group_events(session)


def _story_empty(session: Session) -> bool:
    stored = (Entity, PointGroup, EventGroup)
    return not any(session.scalar(select(exists().where(m.id.is_not(None)))) for m in stored)
