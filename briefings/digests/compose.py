"""What is new in the story since a mark: articles, quotes, people, dated events, with sources."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from sqlalchemy import Column, ColumnElement, Table, exists, func, or_, select

from briefings.answers import QuoteItem, SourceRef, TimelineEvent
from briefings.digests.utc import as_utc  # not .subscriptions: its tables and APScheduler
from briefings.story import Story
from briefings.story.tables import (  # the story's Core tables: no ORM compiling
    REF_COLUMNS,
    Article,
    Entity,
    Event,
    Mention,
    Quote,
    StoryArticle,
    entities,
    events,
    mentions,
    quotes,
    ref_of,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from briefings.story.scope import Reader


class QuoteRow(NamedTuple):
    """The columns of a new quote a digest shows (read as columns, not ORM objects)."""

    id: int
    article_id: int
    cluster: int | None
    text: str
    speaker: str | None
    speaker_role: str | None
    kind: str
    told_by: str | None
    speaker_id: int | None


class EventRow(NamedTuple):
    """The columns of a new dated event a digest shows."""

    id: int
    article_id: int
    cluster: int | None
    text: str
    date: dt.date | None
    date_precision: str


Row = TypeVar("Row", QuoteRow, EventRow)
NOTHING_NEW = "Nothing new on the story since the last digest."
# Articles one digest covers: the first ones stored after the mark; the mark moves to the last
# of them, so a busier day's rest comes in the next digest and none is skipped.
DIGEST_ARTICLES = 50


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


def compose_digest(
    session: Reader,
    since: dt.datetime | None,
    until: dt.datetime | None = None,
    story_id: int | None = None,
) -> Digest:
    """What the articles stored after `since` (and up to `until`, when given: a digest decided
    before and posted again after a restart) add to the story told by the ones before.

    Reads the first DIGEST_ARTICLES stored after the mark (by the index on the time stored) and
    only what those articles hold; what came before is asked about value by value."""
    query = (
        select(*REF_COLUMNS, Article.url, Article.summary, Article.ingested_at)
        .order_by(Article.ingested_at, Article.id)
        .limit(DIGEST_ARTICLES)
    )
    if since is not None:
        query = query.where(Article.ingested_at > as_utc(since))
    if until is not None:
        query = query.where(Article.ingested_at <= as_utc(until))
    query = query.where(*announced(story_id))
    rows = sorted(session.execute(query), key=lambda r: (r[4] is None, r[4] or dt.date.min, r[0]))
    if not rows:
        return Digest(since=since, mark=since)
    refs = {r[0]: ref_of(r) for r in rows}
    mark = max(as_utc(r[8]) for r in rows)
    if since is not None:
        mark = max(mark, as_utc(since))
    known = since if since is not None and _anything_known(session, since, story_id) else None
    return Digest(
        since=since,
        mark=mark,
        articles=[NewArticle(refs[r[0]], r[6], list(r[7] or [])) for r in rows],
        quotes=_new_quotes(session, refs, known, story_id),
        people=_new_people(session, refs, known, story_id),
        events=_new_events(session, refs, known, story_id),
    )


def _anything_known(session: Reader, since: dt.datetime, story_id: int | None) -> bool:
    """Whether any article counts as known at `since` (stored by then, or kept quiet by a
    source's first fetch). When none does, nothing new can have been reported before, and the
    look-ups for an earlier report, which read every mention of a person new to the database
    (seconds at 100k articles after a bulk ingest), are skipped."""
    stored = select(Article.id).where(Article.ingested_at <= as_utc(since)).limit(1)
    quiet = select(StoryArticle.article_id).where(StoryArticle.announce.is_(False))
    if story_id is not None:
        quiet = quiet.where(StoryArticle.story_id == story_id)
    return any(session.execute(q.limit(1)).first() is not None for q in (stored, quiet))


def announced(story_id: int | None) -> list[ColumnElement[bool]]:
    """Which articles a digest may post: never what a source's first fetch stored (a new feed's
    back catalogue); for a named story, only its own articles."""
    if story_id is not None:
        return [
            Article.id.in_(
                select(StoryArticle.article_id).where(
                    StoryArticle.story_id == story_id, StoryArticle.announce.is_(True)
                )
            )
        ]
    quiet = exists().where(StoryArticle.article_id == Article.id, StoryArticle.announce.is_(False))
    return [~quiet]


def _stored_before(
    article_id: Column[Any], since: dt.datetime, story_id: int | None = None
) -> ColumnElement[bool]:
    """The row's article was known up to `since`: stored by then, or stored since by a source's
    first fetch (kept, never posted: what it said is not news to the story either)."""
    quiet = exists().where(StoryArticle.article_id == article_id, StoryArticle.announce.is_(False))
    if story_id is not None:
        quiet = quiet.where(StoryArticle.story_id == story_id)
    return or_(
        exists().where(Article.id == article_id, Article.ingested_at <= as_utc(since)), quiet
    )


def _old_clusters(
    session: Reader,
    table: Table,
    rows: Sequence[Row],
    since: dt.datetime | None,
    story_id: int | None = None,
) -> set[int]:
    """The clusters of `rows` that an article stored up to `since` reported too: for one row
    per cluster, is there an earlier report? (Stops at the first, however big the cluster.)"""
    one = {r.cluster: r.id for r in rows if r.cluster is not None}
    if since is None or not one:
        return set()
    model, earlier = table.c, table.alias().c
    found = session.scalars(
        select(model.cluster).where(
            model.id.in_(one.values()),
            exists().where(
                earlier.cluster == model.cluster,
                _stored_before(earlier.article_id, since, story_id),
            ),
        )
    )
    return {c for c in found if c is not None}


def _first_of_each_cluster(
    session: Reader,
    table: Table,
    rows: Sequence[Row],
    refs: dict[int, SourceRef],
    since: dt.datetime | None,
    story_id: int | None = None,
) -> list[tuple[Row, list[SourceRef]]]:
    """The first row of each cluster no earlier article reported (an unclustered row is its own),
    with the new articles that report it."""
    old_clusters = _old_clusters(session, table, rows, since, story_id)
    groups: dict[object, list[SourceRef]] = {}
    firsts: list[tuple[object, Row]] = []
    for row in rows:
        if row.cluster is not None and row.cluster in old_clusters:
            continue
        key = row.cluster if row.cluster is not None else ("row", row.id)
        if _merge_sources(groups, key, refs[row.article_id]):
            firsts.append((key, row))
    return [(row, groups[key]) for key, row in firsts]


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
    session: Reader,
    refs: dict[int, SourceRef],
    since: dt.datetime | None,
    story_id: int | None = None,
) -> list[QuoteItem]:
    """Attributed quotes of the new articles, one per cluster, never one reported before."""
    rows = [
        QuoteRow(*r)
        for r in session.execute(
            select(*(getattr(Quote, f) for f in QuoteRow._fields))
            .where(Quote.article_id.in_(list(refs)), Quote.speaker.is_not(None))
            .order_by(Quote.article_id, Quote.position)
        )
    ]
    named = {  # the person the story settles a speaker is: "Mrs. Dalton said" is Ruth Dalton's
        i: (name, role)  # named and described as /quote shows them
        for i, name, role in session.execute(
            select(Entity.id, Entity.name, Entity.role).where(
                Entity.id.in_({q.speaker_id for q in rows if q.speaker_id is not None})
            )
        )
    }
    items = []
    for q, sources in _first_of_each_cluster(session, quotes, rows, refs, since, story_id):
        name, role = named.get(q.speaker_id or 0, (q.speaker, None))
        items.append(
            QuoteItem(q.text, name, q.speaker_role or role, q.kind, sources, told_by=q.told_by)
        )
    return items


def _new_people(
    session: Reader,
    refs: dict[int, SourceRef],
    since: dt.datetime | None,
    story_id: int | None = None,
) -> list[NewPerson]:
    """People the new articles name whom no earlier article named."""
    rows = session.execute(
        select(
            Mention.id,
            Mention.article_id,
            Mention.entity_id,
            Mention.name,
            Mention.role,
            Entity.name.label("entity_name"),
        )
        .outerjoin(entities, Mention.entity_id == Entity.id)
        .where(Mention.article_id.in_(list(refs)), Mention.kind == "person")
        .order_by(Mention.article_id, Mention.id)
    ).all()
    old_entities: set[int | None] = set()
    old_names: set[str] = set()
    if since is not None:
        entity_ids = {m.entity_id for m in rows if m.entity_id is not None}
        if entity_ids:
            old_entities.update(
                session.scalars(
                    select(Entity.id).where(
                        Entity.id.in_(entity_ids),
                        exists().where(
                            Mention.entity_id == Entity.id,
                            _stored_before(Mention.article_id, since, story_id),
                        ),
                    )
                )
            )
        one = {m.name.lower(): m.id for m in rows if m.entity_id not in old_entities}
        if one:  # by one new mention per name: did an earlier article use that name?
            earlier = mentions.alias().c
            old_names.update(
                n.casefold()
                for n in session.scalars(
                    select(Mention.name).where(
                        Mention.id.in_(one.values()),
                        exists().where(
                            func.lower(earlier.name) == func.lower(Mention.name),
                            _stored_before(earlier.article_id, since, story_id),
                        ),
                    )
                )
            )
    groups: dict[object, list[SourceRef]] = {}
    people: list[tuple[object, str, str | None]] = []
    for mention in rows:
        if mention.entity_id in old_entities or mention.name.casefold() in old_names:
            continue
        key = mention.entity_id if mention.entity_id is not None else mention.name.casefold()
        name = mention.entity_name if mention.entity_name is not None else mention.name
        if _merge_sources(groups, key, refs[mention.article_id]):
            people.append((key, name, mention.role))
    return [NewPerson(name, role, groups[key]) for key, name, role in people]


def _new_events(
    session: Reader,
    refs: dict[int, SourceRef],
    since: dt.datetime | None,
    story_id: int | None = None,
) -> list[TimelineEvent]:
    """Dated events of the new articles, in date order, never one reported before."""
    rows = [
        EventRow(*r)
        for r in session.execute(
            select(*(getattr(Event, f) for f in EventRow._fields))
            .where(Event.article_id.in_(list(refs)), Event.date.is_not(None))
            .order_by(Event.date, Event.article_id, Event.position)
        )
    ]
    return [
        TimelineEvent(e.date, e.date_precision, e.text, sources)
        for e, sources in _first_of_each_cluster(session, events, rows, refs, since, story_id)
    ]


def preview(source: Story | sessionmaker[Session], since: dt.datetime | None = None) -> Digest:
    """What a digest posted now would say: since `since`, else since the story began."""
    reading = source.reading() if isinstance(source, Story) else source()
    story_id = source.story_id if isinstance(source, Story) else None
    with reading as session:
        return compose_digest(session, since, story_id=story_id)
