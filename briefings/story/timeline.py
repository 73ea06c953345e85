"""The timeline: a story's dated events in date order, each with its sources."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from sqlalchemy import Select, func, select

from briefings.answers import SourceRef, TimelineEvent
from briefings.story.scope import Scope
from briefings.story.tables import (
    REF_COLUMNS,
    REFS_PER_GROUP,
    Article,
    Columns,
    Event,
    EventGroup,
    articles,
    event_groups,
    newest_first,
    ref_of,
)

if TYPE_CHECKING:
    from briefings.story.scope import Reader


class Timeline(Scope):
    """The dated events of a story."""

    def count_timeline(self) -> int:
        """How many dated events the timeline has."""
        with self.reading() as session:
            query = select(func.count()).select_from(event_groups)
            query = query.where(EventGroup.date.is_not(None))
            if self.story_id is not None:
                query = query.where(EventGroup.id.in_(self._clusters(Event)))
            return int(session.scalar(query) or 0)

    # --- timeline -------------------------------------------------------------------------
    def timeline(self, limit: int | None = None, offset: int = 0) -> list[TimelineEvent]:
        """Dated events in date order (the latest `limit` when given, skipping the `offset`
        latest); undated ones left out."""
        with self.reading() as session:
            dated = select(
                EventGroup.id, EventGroup.date, EventGroup.date_precision, EventGroup.text
            ).where(EventGroup.date.is_not(None))
            if self.story_id is not None:
                dated = dated.where(EventGroup.id.in_(self._clusters(Event)))
            groups = session.execute(
                dated.order_by(EventGroup.date.desc(), EventGroup.id.desc())
                .limit(limit)
                .offset(offset or None)
            ).all()[::-1]
            refs = self._group_sources(session, Event, [g.id for g in groups], self._members())
            return [
                TimelineEvent(
                    date=g.date, date_precision=g.date_precision, text=g.text, sources=refs[g.id]
                )
                for g in groups
            ]

    @staticmethod
    def _group_sources(
        session: Reader,
        model: Columns,
        group_ids: list[int],
        members: Select[int] | None = None,
    ) -> dict[int, list[SourceRef]]:
        """The articles behind each group, the newest REFS_PER_GROUP, in one query."""
        found: dict[int | None, list[SourceRef]] = defaultdict(list)
        if group_ids:
            query = (
                select(model.cluster, *REF_COLUMNS)
                .join(articles, model.article_id == Article.id)
                .where(model.cluster.in_(group_ids))
            )
            if members is not None:
                query = query.where(Article.id.in_(members))
            for row in session.execute(query):
                found[row[0]].append(ref_of(row[1:]))
        return {g: newest_first(found[g])[:REFS_PER_GROUP] for g in group_ids}
