"""Proposed faster queries, measured beside the current ones; for the lead to port into story.py.

Nothing here is used by the bot. `FastStory` keeps the answers of `Story` (same dataclasses)
and changes only how they are read: columns instead of whole articles, bounded result sizes,
lookups done by the database, full-text search for words (with `proposed_migration.py`).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import String, cast, exists, func, or_, select, text
from sqlalchemy.orm import Session

from briefings.answers import (
    Profile,
    ProfileResult,
    QuoteList,
    RoleItem,
    SourceItem,
    SourceRef,
    TimelineEvent,
)
from briefings.models import Article, Entity, Event, EventGroup, Mention, Point, Quote
from briefings.story import MAX_QUOTES, Story, _contains_word, _newest_first

SOURCES_LIMIT = 200  # the newest articles /sources pages through; older ones by date filter
TIMELINE_LIMIT = 200  # the latest dated events
REFS_PER_GROUP = 10  # sources shown under one point or event (newest first)
PROFILE_ARTICLES = 50
REF_COLUMNS = (
    Article.id,
    Article.path,
    Article.title,
    Article.outlet,
    Article.published,
    Article.date_precision,
)


def _ref(row: Any) -> SourceRef:
    return SourceRef(row[0], row[1], row[2], row[3], row[4], row[5])


class FastStory(Story):
    """`Story` with the query changes FINDINGS.md recommends."""

    def sources(self) -> list[SourceItem]:
        with self.sessions() as session:
            rows = session.execute(
                select(
                    *REF_COLUMNS,
                    Article.author,
                    Article.url,
                    Article.summary,
                    Article.ingested_at,
                )
                .order_by(Article.published.desc().nulls_last(), Article.id)
                .limit(SOURCES_LIMIT)
            )
            return [
                SourceItem(
                    id=r[0],
                    path=r[1],
                    title=r[2],
                    outlet=r[3],
                    published=r[4],
                    date_precision=r[5],
                    author=r[6],
                    url=r[7],
                    summary=list(r[8]),
                    ingested_at=r[9],
                )
                for r in rows
            ]

    @staticmethod
    def _group_sources(
        session: Session, model: type[Point] | type[Event], group_ids: list[int]
    ) -> dict[int, list[SourceRef]]:
        found: dict[int | None, list[SourceRef]] = defaultdict(list)
        if group_ids:
            for row in session.execute(
                select(model.cluster, *REF_COLUMNS)
                .join(Article, model.article_id == Article.id)
                .where(model.cluster.in_(group_ids))
            ):
                found[row[0]].append(_ref(row[1:]))
        return {g: _newest_first(found[g])[:REFS_PER_GROUP] for g in group_ids}

    def timeline(self) -> list[TimelineEvent]:
        with self.sessions() as session:
            groups = session.scalars(
                select(EventGroup)
                .where(EventGroup.date.is_not(None))
                .order_by(EventGroup.date.desc(), EventGroup.id.desc())
                .limit(TIMELINE_LIMIT)
            ).all()[::-1]
            refs = self._group_sources(session, Event, [g.id for g in groups])
            return [TimelineEvent(g.date, g.date_precision, g.text, refs[g.id]) for g in groups]

    def _lookup(self, session: Session, name: str) -> Entity | None:
        """The same rules as Story._lookup, on the few entities whose name or alias contains it."""
        wanted = " ".join(name.split()).lower()
        if not wanted:
            return None
        exact = session.scalars(
            select(Entity)
            .where(func.lower(Entity.name) == wanted)
            .order_by(Entity.mentions.desc())
            .limit(1)
        ).first()
        if exact is not None:
            return exact
        candidates = session.scalars(
            select(Entity)
            .where(
                or_(
                    func.lower(Entity.name).like(f"%{wanted}%"),
                    func.lower(cast(Entity.aliases, String)).like(f'%"{wanted}"%'),
                )
            )
            .order_by(Entity.mentions.desc())
        ).all()
        for entity in candidates:
            if wanted in (a.lower() for a in entity.aliases):
                return entity
        for entity in candidates:
            if entity.kind == "person" and entity.name.lower().split()[-1] == wanted:
                return entity
        for entity in candidates:
            if wanted in entity.name.lower().split():
                return entity
        return None

    def _others(self, session: Session, name: str, chosen: Entity) -> list[str]:
        wanted = name.lower().strip()
        rows = session.scalars(
            select(Entity.name)
            .where(Entity.id != chosen.id, func.lower(Entity.name).like(f"%{wanted}%"))
            .order_by(Entity.mentions.desc())
            .limit(50)
        )
        return [n for n in rows if wanted in n.lower().split()][:5]

    def complete_speakers(self, prefix: str, limit: int = 25) -> list[str]:
        """Quoted people matching `prefix`, most mentioned first (no count over every quote)."""
        with self.sessions() as session:
            query = (
                select(Entity.name)
                .where(exists().where(Quote.speaker_id == Entity.id))
                .order_by(Entity.mentions.desc(), Entity.name)
            )
            if prefix.strip():
                query = query.where(Entity.name.ilike(f"%{prefix.strip()}%"))
            return list(session.scalars(query.limit(limit)))

    def quotes(self, speaker: str | None = None, about: str | None = None) -> QuoteList:
        if not about or speaker:
            return super().quotes(speaker, about)
        with self.sessions() as session:
            ids = _word_matches(session, about, MAX_QUOTES * 4)
            rows = [
                (q, a)
                for q, a in session.execute(
                    select(Quote, Article)
                    .join(Article, Quote.article_id == Article.id)
                    .where(Quote.id.in_(ids))
                    .order_by(Quote.id)
                )
                if _contains_word(q.text, about)
            ]
            items = self._quote_items(
                rows, self._entity_roles(session, {q.speaker_id for q, _ in rows})
            )
            note = None if items else f"No quotes about {about!r} in the articles."
            return QuoteList(items[:MAX_QUOTES], about=about, note=note)

    def profile(self, name: str) -> ProfileResult:
        with self.sessions() as session:
            entity = self._lookup(session, name)
            if entity is None:
                return ProfileResult(
                    query=name, profile=None, suggestions=self._suggest(session, name)
                )
            newest = (
                select(Mention.article_id)
                .join(Article, Mention.article_id == Article.id)
                .where(Mention.entity_id == entity.id)
                .order_by(Article.published.desc().nulls_last(), Article.id.desc())
                .limit(PROFILE_ARTICLES)
            )
            article_ids = list(session.scalars(newest))
            refs = {
                r[0]: _ref(r)
                for r in session.execute(select(*REF_COLUMNS).where(Article.id.in_(article_ids)))
            }
            roles: dict[str, list[SourceRef]] = defaultdict(list)
            for role, article_id in session.execute(
                select(Mention.role, Mention.article_id).where(
                    Mention.entity_id == entity.id,
                    Mention.role.is_not(None),
                    Mention.article_id.in_(article_ids),
                )
            ):
                if role:
                    roles[role].append(refs[article_id])
            related_rows = session.execute(
                select(Entity.name, func.count(func.distinct(Mention.article_id)))
                .join(Mention, Mention.entity_id == Entity.id)
                .where(Mention.article_id.in_(article_ids), Entity.id != entity.id)
                .where(Entity.kind == "person")
                .group_by(Entity.name)
                .order_by(func.count(func.distinct(Mention.article_id)).desc(), Entity.name)
                .limit(10)
            ).all()
            quote_rows = session.execute(
                select(Quote, Article)
                .join(Article, Quote.article_id == Article.id)
                .where(or_(Quote.speaker_id == entity.id, Quote.speaker == entity.name))
                .order_by(Quote.id.desc())
                .limit(MAX_QUOTES)
            ).all()
            profile = Profile(
                name=entity.name,
                kind=entity.kind,
                role=entity.role,
                roles=[RoleItem(r, _newest_first(rs)) for r, rs in roles.items()],
                aliases=list(entity.aliases),
                mentions=entity.mentions,
                articles=_newest_first(refs.values()),
                quotes=self._quote_items(quote_rows, {entity.id: entity}),
                related=[(n, int(c)) for n, c in related_rows],
            )
            return ProfileResult(
                query=name, profile=profile, others=self._others(session, name, entity)
            )


def _word_matches(session: Session, word: str, limit: int) -> list[int]:
    """Ids of quotes containing `word`, by the full-text index of proposed_migration.py."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        phrase = '"' + word.replace('"', '""') + '"'
        sql = "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :q ORDER BY rowid LIMIT :n"
        return list(session.scalars(text(sql), {"q": phrase, "n": limit}))
    sql = (
        "SELECT id FROM quotes WHERE to_tsvector('simple', text) @@ phraseto_tsquery('simple', :q)"
        " ORDER BY id LIMIT :n"
    )
    return list(session.scalars(text(sql), {"q": word, "n": limit}))
