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

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from briefings.models import Entity, EventGroup, PointGroup
from briefings.refresh.entities.link import link_all as _link_entities
from briefings.refresh.entities.link import link_new_mentions as _link_new_mentions
from briefings.refresh.entities.link import new_speakers as _new_speakers
from briefings.refresh.entities.speakers import recluster_speakers as _recluster_speakers
from briefings.refresh.groups.event_groups import group_events as _group_events
from briefings.refresh.groups.event_groups import group_new_events as _group_new_events
from briefings.refresh.groups.point_groups import group_new_points as _group_new_points
from briefings.refresh.groups.point_groups import group_points as _group_points
from briefings.refresh.groups.quote_clusters import group_new_quotes as _group_new_quotes
from briefings.refresh.groups.quote_clusters import group_quotes as _group_quotes

__all__ = ["rebuild_story", "refresh_story"]


def refresh_story(session: Session, *, full: bool = False) -> None:
    """Bring the story-wide results up to date with the per-article rows.

    Incremental unless `full` (articles changed or removed) or the story is still empty."""
    if full or _story_empty(session):
        rebuild_story(session)
        return
    relinked = _link_new_mentions(session)  # names looked up here, so a test can pause it
    speakers = _new_speakers(session)
    _recluster_speakers(session, relinked, speakers)
    _group_new_quotes(session, speakers)
    _group_new_points(session)
    _group_new_events(session)


def rebuild_story(session: Session) -> None:
    """Recompute the story-wide results from every per-article row."""
    _link_entities(session)
    _group_quotes(session)
    _group_points(session)
    _group_events(session)


def _story_empty(session: Session) -> bool:
    stored = (Entity, PointGroup, EventGroup)
    return not any(session.scalar(select(exists().where(m.id.is_not(None)))) for m in stored)
