"""The query functions every adapter calls: each opens one session, reads, returns plain data."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz, process
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from briefings.answers import (
    Briefing,
    BriefPoint,
    PersonItem,
    Profile,
    ProfileResult,
    QuoteItem,
    QuoteList,
    RoleItem,
    SourceItem,
    SourceRef,
    TimelineEvent,
)
from briefings.models import Article, Entity, Event, Mention, Point, Quote

BRIEFING_POINTS = 8
MAX_QUOTES = 200


def source_ref(article: Article) -> SourceRef:
    return SourceRef(
        article_id=article.id,
        path=article.path,
        title=article.title,
        outlet=article.outlet,
        published=article.published,
        date_precision=article.date_precision,
    )


def _newest_first(refs: Iterable[SourceRef]) -> list[SourceRef]:
    unique = {r.article_id: r for r in refs}.values()
    return sorted(unique, key=lambda r: (r.published or dt.date.min, r.article_id), reverse=True)


def _contains_word(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.I) is not None


class Story:
    """Read access to the analysed story stored in one database."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    # --- articles -------------------------------------------------------------------------
    def sources(self) -> list[SourceItem]:
        with self.sessions() as session:
            articles = session.scalars(
                select(Article).order_by(Article.published.desc().nulls_last(), Article.id)
            ).all()
            return [
                SourceItem(
                    id=a.id,
                    path=a.path,
                    title=a.title,
                    outlet=a.outlet,
                    author=a.author,
                    url=a.url,
                    published=a.published,
                    date_precision=a.date_precision,
                    summary=list(a.summary),
                    ingested_at=a.ingested_at,
                )
                for a in articles
            ]

    # --- briefing -------------------------------------------------------------------------
    def briefing(self, focus: str | None = None, since: dt.date | None = None) -> Briefing:
        with self.sessions() as session:
            query = select(Point, Article).join(Article, Point.article_id == Article.id)
            if since is not None:
                query = query.where(Article.published >= since)
            rows = session.execute(query).all()
            terms = self._focus_terms(session, focus) if focus else []
            groups: dict[int, list[tuple[Point, Article]]] = defaultdict(list)
            for point, article in rows:
                if terms and not any(_contains_word(point.text, t) for t in terms):
                    continue
                groups[point.cluster if point.cluster is not None else -point.id].append(
                    (point, article)
                )
            ranked = sorted(
                groups.values(),
                key=lambda g: (len({a.id for _, a in g}), max(p.score for p, _ in g)),
                reverse=True,
            )[:BRIEFING_POINTS]
            points = []
            for group in ranked:
                best = max(group, key=lambda pa: pa[0].score)[0]
                refs = _newest_first(source_ref(a) for _, a in group)
                dated = [r for r in refs if r.published is not None]
                points.append(
                    BriefPoint(
                        text=best.text,
                        sources=refs,
                        date=dated[0].published if dated else None,
                        date_precision=dated[0].date_precision if dated else "unknown",
                    )
                )
            points.sort(key=lambda p: p.date or dt.date.min, reverse=True)
            cited = _newest_first(r for p in points for r in p.sources)
            note = None
            if not points:
                note = (
                    f"Nothing about {focus!r} in the articles."
                    if focus
                    else "No articles yet: ingest some first."
                )
            headline = points[0].text if points else "No briefing yet"
            return Briefing(headline, points, cited, focus=focus, since=since, note=note)

    def _focus_terms(self, session: Session, focus: str) -> list[str]:
        entity = self._lookup(session, focus)
        if entity is None:
            return [focus]
        return [entity.name, *entity.aliases]

    # --- quotes ---------------------------------------------------------------------------
    def quotes(self, speaker: str | None = None, about: str | None = None) -> QuoteList:
        with self.sessions() as session:
            query = select(Quote, Article).join(Article, Quote.article_id == Article.id)
            resolved: Entity | None = None
            if speaker:
                resolved = self._lookup(session, speaker)
                if resolved is None:
                    return QuoteList(
                        [],
                        about=about,
                        note=f"No one called {speaker!r} is quoted in the articles.",
                        suggestions=self._suggest(session, speaker),
                    )
                query = query.where(
                    or_(Quote.speaker_id == resolved.id, Quote.speaker == resolved.name)
                )
            if about:
                query = query.where(Quote.text.ilike(f"%{about}%"))
            rows: list[tuple[Quote, Article]] = [
                (q, a)
                for q, a in session.execute(query.order_by(Quote.id).limit(MAX_QUOTES * 4))
                if not about or _contains_word(q.text, about)
            ]
            roles = self._entity_roles(session, {q.speaker_id for q, _ in rows})
            items = self._quote_items(rows, roles)
            note = None
            if not items:
                who = f" by {resolved.name}" if resolved else ""
                what = f" about {about!r}" if about else ""
                note = f"No quotes{who}{what} in the articles."
            return QuoteList(
                items[:MAX_QUOTES],
                speaker=resolved.name if resolved else None,
                about=about,
                note=note,
            )

    @staticmethod
    def _entity_roles(session: Session, ids: set[int | None]) -> dict[int, Entity]:
        wanted = [i for i in ids if i is not None]
        if not wanted:
            return {}
        return {e.id: e for e in session.scalars(select(Entity).where(Entity.id.in_(wanted)))}

    @staticmethod
    def _quote_items(
        rows: Sequence[tuple[Quote, Article]], entities: dict[int, Entity]
    ) -> list[QuoteItem]:
        groups: dict[int, list[tuple[Quote, Article]]] = defaultdict(list)
        for quote, article in rows:
            groups[quote.cluster if quote.cluster is not None else -quote.id].append(
                (quote, article)
            )
        items = []
        for group in groups.values():
            longest = max(group, key=lambda qa: (qa[0].kind == "full", len(qa[0].text)))[0]
            entity = entities.get(longest.speaker_id) if longest.speaker_id else None
            refs = _newest_first(source_ref(a) for _, a in group)
            items.append(
                QuoteItem(
                    text=longest.text,
                    speaker=entity.name if entity else longest.speaker,
                    speaker_role=longest.speaker_role
                    or next((q.speaker_role for q, _ in group if q.speaker_role), None)
                    or (entity.role if entity else None),
                    kind=longest.kind,
                    sources=refs,
                )
            )
        items.sort(
            key=lambda i: (len(i.sources), i.sources[0].published or dt.date.min), reverse=True
        )
        return items

    # --- people ---------------------------------------------------------------------------
    def people(self) -> list[PersonItem]:
        with self.sessions() as session:
            entities = session.scalars(
                select(Entity).order_by(Entity.mentions.desc(), Entity.name)
            ).all()
            articles: dict[int | None, set[int]] = defaultdict(set)
            for entity_id, article_id in session.execute(
                select(Mention.entity_id, Mention.article_id).where(Mention.entity_id.is_not(None))
            ):
                articles[entity_id].add(article_id)
            return [
                PersonItem(
                    name=e.name,
                    kind=e.kind,
                    role=e.role,
                    aliases=list(e.aliases),
                    articles=sorted(articles[e.id]),
                    mentions=e.mentions,
                )
                for e in entities
            ]

    def profile(self, name: str) -> ProfileResult:
        with self.sessions() as session:
            entity = self._lookup(session, name)
            if entity is None:
                return ProfileResult(
                    query=name, profile=None, suggestions=self._suggest(session, name)
                )
            mentions = session.execute(
                select(Mention, Article)
                .join(Article, Mention.article_id == Article.id)
                .where(Mention.entity_id == entity.id)
            ).all()
            roles: dict[str, list[SourceRef]] = defaultdict(list)
            for mention, article in mentions:
                if mention.role:
                    roles[mention.role].append(source_ref(article))
            article_ids = {a.id for _, a in mentions}
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
                .order_by(Quote.id)
            ).all()
            profile = Profile(
                name=entity.name,
                kind=entity.kind,
                role=entity.role,
                roles=[RoleItem(r, _newest_first(refs)) for r, refs in roles.items()],
                aliases=list(entity.aliases),
                mentions=entity.mentions,
                articles=_newest_first(source_ref(a) for _, a in mentions),
                quotes=self._quote_items(quote_rows, {entity.id: entity}),
                related=[(n, int(c)) for n, c in related_rows],
            )
            others = self._others(session, name, entity)
            return ProfileResult(query=name, profile=profile, others=others)

    # --- lookup and autocomplete ----------------------------------------------------------
    def _lookup(self, session: Session, name: str) -> Entity | None:
        wanted = " ".join(name.split()).lower()
        if not wanted:
            return None
        candidates = session.scalars(select(Entity).order_by(Entity.mentions.desc())).all()
        for entity in candidates:
            if entity.name.lower() == wanted or wanted in (a.lower() for a in entity.aliases):
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
        return [
            e.name
            for e in session.scalars(select(Entity).where(Entity.id != chosen.id))
            if wanted in e.name.lower().split()
        ][:5]

    def _suggest(self, session: Session, name: str) -> list[str]:
        names = list(session.scalars(select(Entity.name)))
        found = process.extract(name, names, scorer=fuzz.WRatio, limit=5, score_cutoff=60)
        return [match for match, _score, _index in found]

    def complete_names(self, prefix: str, limit: int = 25) -> list[str]:
        """Names (people, organisations, places) matching `prefix`, most mentioned first."""
        with self.sessions() as session:
            query = select(Entity.name).order_by(Entity.mentions.desc(), Entity.name)
            if prefix.strip():
                query = query.where(Entity.name.ilike(f"%{prefix.strip()}%"))
            return list(session.scalars(query.limit(limit)))

    def complete_speakers(self, prefix: str, limit: int = 25) -> list[str]:
        """Names of people quoted in the articles matching `prefix`."""
        with self.sessions() as session:
            query = (
                select(Entity.name)
                .join(Quote, Quote.speaker_id == Entity.id)
                .group_by(Entity.name)
                .order_by(func.count(Quote.id).desc(), Entity.name)
            )
            if prefix.strip():
                query = query.where(Entity.name.ilike(f"%{prefix.strip()}%"))
            return list(session.scalars(query.limit(limit)))

    # --- timeline -------------------------------------------------------------------------
    def timeline(self) -> list[TimelineEvent]:
        with self.sessions() as session:
            rows = session.execute(
                select(Event, Article)
                .join(Article, Event.article_id == Article.id)
                .where(Event.date.is_not(None))
                .order_by(Event.date, Event.id)
            ).all()
            groups: dict[int, list[tuple[Event, Article]]] = defaultdict(list)
            for event, article in rows:
                groups[event.cluster if event.cluster is not None else -event.id].append(
                    (event, article)
                )
            events = []
            for group in groups.values():
                first = group[0][0]
                events.append(
                    TimelineEvent(
                        date=first.date,
                        date_precision=first.date_precision,
                        text=first.text,
                        sources=_newest_first(source_ref(a) for _, a in group),
                    )
                )
            events.sort(key=lambda e: (e.date or dt.date.max, e.text))
            return events
