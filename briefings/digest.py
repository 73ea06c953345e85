"""What is new in the story since a mark: articles, quotes, people, dated events, with sources."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker

from briefings.answers import QuoteItem, SourceRef, TimelineEvent
from briefings.models import Article, Entity, Event, Mention, Quote
from briefings.story import Story, source_ref
from briefings.subscriptions import as_utc

T = TypeVar("T")

NOTHING_NEW = "Nothing new on the story since the last digest."


@dataclass(frozen=True)
class NewArticle:
    source: SourceRef
    url: str | None
    summary: list[str]


@dataclass(frozen=True)
class NewPerson:
    """Someone the story had not mentioned before, with the role the new articles give."""

    name: str
    role: str | None
    sources: list[SourceRef]


@dataclass(frozen=True)
class Digest:
    """All that is new since `since` (None: the story began); `mark` is stored once it is posted."""

    since: dt.datetime | None
    mark: dt.datetime | None
    articles: list[NewArticle] = field(default_factory=list)
    quotes: list[QuoteItem] = field(default_factory=list)
    people: list[NewPerson] = field(default_factory=list)
    events: list[TimelineEvent] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.articles

    @property
    def sources(self) -> list[SourceRef]:
        """Every new article, in the order the digest numbers them."""
        return [a.source for a in self.articles]


def compose_digest(session: Session, since: dt.datetime | None) -> Digest:
    """What the articles stored after `since` add to the story told by the ones before."""
    query = select(Article).order_by(Article.published.is_(None), Article.published, Article.id)
    if since is not None:
        query = query.where(Article.ingested_at > as_utc(since))
    new = list(session.scalars(query))
    if not new:
        return Digest(since=since, mark=since)
    refs = {a.id: source_ref(a) for a in new}
    mark = max(as_utc(a.ingested_at) for a in new)
    if since is not None:
        mark = max(mark, as_utc(since))
    return Digest(
        since=since,
        mark=mark,
        articles=[NewArticle(refs[a.id], a.url, list(a.summary or [])) for a in new],
        quotes=_new_quotes(session, refs, since),
        people=_new_people(session, refs, since),
        events=_new_events(session, refs, since),
    )


def _ids(refs: dict[int, SourceRef]) -> list[int]:
    return list(refs)


def _old_values(
    session: Session,
    column: InstrumentedAttribute[T],
    article: InstrumentedAttribute[int],
    since: dt.datetime | None,
) -> set[T]:
    """Values of `column` in articles stored up to `since` (none when the digest is the first)."""
    if since is None:
        return set()
    old = select(Article.id).where(Article.ingested_at <= as_utc(since))
    return {v for v in session.scalars(select(column).where(article.in_(old))) if v is not None}


def _merge_sources(groups: dict[object, list[SourceRef]], key: object, ref: SourceRef) -> bool:
    """Add `ref` to the group `key`; True when the group is new."""
    existing = groups.get(key)
    if existing is None:
        groups[key] = [ref]
        return True
    if ref not in existing:
        existing.append(ref)
    return False


def _new_quotes(
    session: Session, refs: dict[int, SourceRef], since: dt.datetime | None
) -> list[QuoteItem]:
    """Attributed quotes of the new articles, one per cluster, never one reported before."""
    old_clusters = _old_values(session, Quote.cluster, Quote.article_id, since)
    rows = session.scalars(
        select(Quote)
        .where(Quote.article_id.in_(_ids(refs)), Quote.speaker.is_not(None))
        .order_by(Quote.article_id, Quote.position)
    )
    groups: dict[object, list[SourceRef]] = {}
    firsts: list[tuple[object, Quote]] = []
    for quote in rows:
        if quote.cluster is not None and quote.cluster in old_clusters:
            continue
        key = quote.cluster if quote.cluster is not None else ("quote", quote.id)
        if _merge_sources(groups, key, refs[quote.article_id]):
            firsts.append((key, quote))
    return [QuoteItem(q.text, q.speaker, q.speaker_role, q.kind, groups[key]) for key, q in firsts]


def _new_people(
    session: Session, refs: dict[int, SourceRef], since: dt.datetime | None
) -> list[NewPerson]:
    """People the new articles name whom no earlier article named."""
    old_entities = _old_values(session, Mention.entity_id, Mention.article_id, since)
    old_names = {
        n.casefold() for n in _old_values(session, Mention.name, Mention.article_id, since)
    }
    rows = session.execute(
        select(Mention, Entity)
        .outerjoin(Entity, Mention.entity_id == Entity.id)
        .where(Mention.article_id.in_(_ids(refs)), Mention.kind == "person")
        .order_by(Mention.article_id, Mention.id)
    )
    groups: dict[object, list[SourceRef]] = {}
    people: list[tuple[object, str, str | None]] = []
    for mention, entity in rows:
        if mention.entity_id in old_entities or mention.name.casefold() in old_names:
            continue
        key = mention.entity_id if mention.entity_id is not None else mention.name.casefold()
        name = entity.name if entity is not None else mention.name
        if _merge_sources(groups, key, refs[mention.article_id]):
            people.append((key, name, mention.role))
    return [NewPerson(name, role, groups[key]) for key, name, role in people]


def _new_events(
    session: Session, refs: dict[int, SourceRef], since: dt.datetime | None
) -> list[TimelineEvent]:
    """Dated events of the new articles, in date order, never one reported before."""
    old_clusters = _old_values(session, Event.cluster, Event.article_id, since)
    rows = session.scalars(
        select(Event)
        .where(Event.article_id.in_(_ids(refs)), Event.date.is_not(None))
        .order_by(Event.date, Event.article_id, Event.position)
    )
    groups: dict[object, list[SourceRef]] = {}
    firsts: list[tuple[object, Event]] = []
    for event in rows:
        if event.cluster is not None and event.cluster in old_clusters:
            continue
        key = event.cluster if event.cluster is not None else ("event", event.id)
        if _merge_sources(groups, key, refs[event.article_id]):
            firsts.append((key, event))
    return [TimelineEvent(e.date, e.date_precision, e.text, groups[key]) for key, e in firsts]


def preview(source: Story | sessionmaker[Session], since: dt.datetime | None = None) -> Digest:
    """What a digest posted now would say: since `since`, else since the story began."""
    sessions = source.sessions if isinstance(source, Story) else source
    with sessions() as session:
        return compose_digest(session, since)
