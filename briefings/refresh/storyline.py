"""Story-level results refreshed after ingest: entities linked, quotes, facts and events grouped.

After a batch of new articles only what they touch is worked out: their mentions linked into
the stored entities through the lookup keys, their quotes clustered with the same speaker's
newest quotes, their points and events grouped with a bounded window of stored groups. Rows not
yet linked or grouped (NULL entity or cluster) are what is new. An article changed or removed
first lets go of what it touched (release.py): those groups' rows are NULL again, and the
entities are listed in `released_entities`, whose mentions are linked again with the new ones.
The whole story is rebuilt when it is empty, or when asked (`briefbot rebuild`).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    CompoundSelect,
    Integer,
    Select,
    bindparam,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from briefings.analysis import grouping, linking
from briefings.analysis.quotes import cluster_quotes
from briefings.analysis.similarity import Span
from briefings.models import (
    Article,
    Base,
    Entity,
    EntityName,
    Event,
    EventGroup,
    Mention,
    Point,
    PointGroup,
    Quote,
    ReleasedEntity,
    table_of,
)

ROLE_SETTLED = 50  # named more often, an entity keeps its role (a batch cannot outvote it)
MAX_POSTING = 100  # stored quotes of one speaker a new quote is compared with, newest first
WINDOW = 1000  # stored groups of facts (or events) compared with a batch, best first
EVENT_REACH = dt.timedelta(days=366)  # a year-precise date may join an event this far away
CHUNK = 500  # values per IN list
SPEAKERS_PER_QUERY = 50  # speakers whose newest quotes one UNION ALL statement reads


def refresh_story(session: Session, *, full: bool = False) -> None:
    """Bring the story-wide results up to date with the per-article rows.

    Incremental unless `full` (articles changed or removed) or the story is still empty."""
    if full or _story_empty(session):
        rebuild_story(session)
        return
    _link_new_mentions(session)
    _group_new_quotes(session, _new_speakers(session))
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


def _chunks(values: Iterable[Any]) -> Iterable[list[Any]]:
    items = list(values)
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


# --- full rebuild ---------------------------------------------------------------------------
def _link_entities(session: Session) -> None:
    """Rebuild the story's cast from the mentions, and point each quote at its speaker."""
    session.execute(update(Mention).values(entity_id=None))
    session.execute(update(Quote).values(speaker_id=None))
    session.execute(delete(ReleasedEntity))
    session.execute(delete(Entity))
    mentions = _mentions(session, select(*_MENTION).order_by(Mention.id))
    cast = linking.link_entities(mentions)
    entity_ids = _insert_entities(session, cast)
    pairs = list(zip(cast, entity_ids, strict=True))
    _assign(session, Mention, {m: i for e, i in pairs for m in e.member_ids}, "entity_id")
    index = linking.EntityIndex(cast)
    by_entity = {id(e): i for e, i in pairs}
    speakers: dict[int, int] = {}
    for quote_id, speaker, article_id in session.execute(
        select(Quote.id, Quote.speaker, Quote.article_id).where(Quote.speaker.is_not(None))
    ):
        found = index.speaker(speaker or "", article_id)
        if found is not None:
            speakers[quote_id] = by_entity[id(found)]
    _assign(session, Quote, speakers, "speaker_id")


_MENTION = (
    Mention.id,
    Mention.article_id,
    Mention.name,
    Mention.kind,
    Mention.role,
    Mention.aliases,
    Mention.count,
)


def _mentions(
    session: Session, query: Select[int, int, str, str, str | None, list[str], int]
) -> list[linking.MentionInput]:
    """The mentions `query` selects (the columns of `_MENTION`), read as rows, not ORM objects."""
    return [
        linking.MentionInput(i, a, name, kind, role, tuple(aliases), count)
        for i, a, name, kind, role, aliases, count in session.execute(query)
    ]


def _insert_entities(session: Session, cast: Sequence[linking.StoryEntity]) -> list[int]:
    """Store new entities with their lookup keys; their ids in the order of `cast`."""
    ids = _insert_all(
        session,
        Entity,
        [
            {
                "name": e.name,
                "kind": e.kind,
                "role": e.role,
                "aliases": list(e.aliases),
                "mentions": e.mentions,
                "article_count": len(e.article_ids),
            }
            for e in cast
        ],
    )
    _insert_rows(
        session,
        EntityName,
        [
            {"entity_id": i, "key": key[:256]}
            for e, i in zip(cast, ids, strict=True)
            for key in sorted(linking.lookup_keys(e))
        ],
    )
    return ids


def _insert_all(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> list[int]:
    """Insert many rows (every row the same keys); their new ids in the order of `rows`. Core, not
    the ORM: the ORM splits the rows into a statement per run of rows with the same None values."""
    if not rows:
        return []
    table = table_of(model)
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, rows))


def _insert_rows(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Insert many rows whose ids nobody needs: one Core executemany, every row the same columns."""
    if rows:
        session.execute(insert(table_of(model)), rows)


def _group_quotes(session: Session) -> None:
    """The same words of the same speaker reported by several outlets become one quote."""
    rows = session.execute(
        select(Quote.id, Quote.text, Quote.speaker_id, Quote.speaker).order_by(Quote.id)
    ).all()
    _assign(session, Quote, cluster_quotes([_quote_item(*row) for row in rows]))


def _quote_item(
    quote_id: int, text: str, speaker_id: int | None, speaker: str | None
) -> tuple[int, str, str | None]:
    """A quote as `cluster_quotes` compares it: the entity who spoke, else the name given."""
    return quote_id, text, str(speaker_id) if speaker_id is not None else speaker


def _group_points(session: Session) -> None:
    rows = session.execute(
        select(Point.id, Point.article_id, Point.text, Point.score, Article.published)
        .join(Article, Point.article_id == Article.id)
        .order_by(Point.id)
    ).all()
    inputs = [
        grouping.PointInput(id=i, article_id=a, text=t, score=s, published=p)
        for i, a, t, s, p in rows
    ]
    session.execute(delete(PointGroup))
    _insert_point_groups(session, grouping.group_points(inputs))


def _insert_point_groups(session: Session, found: Sequence[grouping.PointGroup]) -> None:
    ids = _insert_groups(
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
    _assign(session, Point, {m: i for g, i in zip(found, ids, strict=True) for m in g.member_ids})
    _assign_support(session, {m: s for g in found for m, s in g.support.items()})


def _assign_support(session: Session, shares: dict[int, float]) -> None:
    """Store how far each grouped sentence states its point (1.0, the default, for the point's
    own sentence and lone points: only the others are written)."""
    _update_rows(session, Point, [{"id": k, "support": v} for k, v in shares.items() if v < 1.0])


def _group_events(session: Session) -> None:
    rows = session.execute(
        select(Event.id, Event.article_id, Event.text, Event.date, Event.date_precision).order_by(
            Event.id
        )
    ).all()
    inputs = [
        grouping.EventInput(id=i, article_id=a, text=t, date=d, date_precision=p)  # type: ignore[arg-type]
        for i, a, t, d, p in rows
    ]
    session.execute(delete(EventGroup))
    _insert_event_groups(session, grouping.group_events(inputs))


def _insert_event_groups(session: Session, found: Sequence[grouping.EventGroup]) -> None:
    ids = _insert_groups(
        session,
        EventGroup,
        [
            {
                "text": g.text,
                "representative_id": g.representative_id,
                "date": g.date,
                "date_precision": g.date_precision,
                "article_count": len(g.article_ids),
            }
            for g in found
        ],
    )
    _assign(session, Event, {m: i for g, i in zip(found, ids, strict=True) for m in g.member_ids})


def _insert_groups(
    session: Session, model: type[PointGroup] | type[EventGroup], rows: list[dict[str, Any]]
) -> list[int]:
    """Insert new groups a few statements for all (multi-row VALUES, every row with the same
    columns); their ids in the order of `rows`, told apart by their representatives (a sentence
    represents one group): asking the database for them in order costs a statement per row."""
    if not rows:
        return []
    table = table_of(model)
    statement = insert(table).returning(table.c.representative_id, table.c.id)
    found: dict[int, int] = {r: i for r, i in session.execute(statement, rows)}
    return [found[row["representative_id"]] for row in rows]


def _assign(
    session: Session,
    model: type[Point] | type[Event] | type[Mention] | type[Quote],
    values: dict[int, int],
    column: str = "cluster",
) -> None:
    """Set one column of many rows in bulk."""
    _update_rows(session, model, [{"id": k, column: v} for k, v in values.items()])


def _update_rows(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Set columns of many rows by id (every row the same keys) in bulk, not through the ORM:
    whole-number columns on PostgreSQL in one statement joining arrays of the values, the rest
    as one Core executemany."""
    if not rows:
        return
    table = table_of(model)
    columns = [c for c in rows[0] if c != "id"]
    if session.get_bind().dialect.name == "postgresql" and all(
        isinstance(table.c[c].type, Integer) for c in columns
    ):
        arrays = {
            name: bindparam(name, [r[key] for r in rows], type_=ARRAY(Integer))
            for name, key in [("row_id", "id"), *((f"new_{c}", c) for c in columns)]
        }
        given = func.unnest(*arrays.values()).table_valued(*arrays).render_derived()
        session.execute(
            update(table)
            .where(table.c.id == given.c.row_id)
            .values({c: given.c[f"new_{c}"] for c in columns})
        )
        return
    statement = (
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values({c: bindparam(f"new_{c}") for c in columns})
    )
    session.execute(
        statement, [{"row_id": r["id"], **{f"new_{c}": r[c] for c in columns}} for r in rows]
    )


# --- incremental: entities ------------------------------------------------------------------
def _known_entities(
    session: Session,
    keys: Iterable[str],
    leave_out: AbstractSet[int] = frozenset(),
) -> dict[str, list[linking.KnownEntity]]:
    """Stored entities by each of `keys` they are found under (but those in `leave_out`)."""
    found: dict[str, list[linking.KnownEntity]] = defaultdict(list)
    made: dict[int, linking.KnownEntity] = {}
    for chunk in _chunks(k[:256] for k in keys):
        for key, entity_id, name, kind, aliases, mentions in session.execute(
            select(
                EntityName.key,
                Entity.id,
                Entity.name,
                Entity.kind,
                Entity.aliases,
                Entity.mentions,
            )
            .join(Entity, EntityName.entity_id == Entity.id)
            .where(EntityName.key.in_(chunk))
        ):
            if entity_id in leave_out:
                continue
            if entity_id not in made:
                made[entity_id] = linking.KnownEntity.of(entity_id, name, kind, aliases, mentions)
            found[key].append(made[entity_id])
    return found


def _link_new_mentions(session: Session) -> None:
    """Link the new mentions, and those of the released entities (release.py), among
    themselves; then each new entity into a stored one it is, or into the released entity whose
    mentions it holds exactly (kept under its id), else a new one."""
    released = set(session.scalars(select(ReleasedEntity.entity_id)))
    new = select(*_MENTION).where(Mention.entity_id.is_(None)).order_by(Mention.id)
    mentions = _mentions(session, new)
    held: dict[int, set[int]] = defaultdict(set)  # released entity -> its mentions
    for chunk in _chunks(sorted(released)):
        query = select(*_MENTION, Mention.entity_id).where(Mention.entity_id.in_(chunk))
        for i, a, name, kind, role, aliases, count, entity_id in session.execute(query):
            mentions.append(linking.MentionInput(i, a, name, kind, role, tuple(aliases), count))
            if entity_id is not None:
                held[entity_id].add(i)
    mentions.sort(key=lambda m: m.id)  # the order of a rebuild: ties go to the first written
    if mentions:
        cast = linking.link_entities(mentions)
        keys = {k for e in cast for k in linking.search_keys(e)}
        known = _known_entities(session, keys, leave_out=released)
        joined: dict[int, list[linking.StoryEntity]] = defaultdict(list)
        fresh: list[linking.StoryEntity] = []
        for entity in cast:
            candidates = {k for key in linking.search_keys(entity) for k in known.get(key, ())}
            match = linking.join_known(entity, sorted(candidates, key=lambda k: k.id))
            if match is None:
                fresh.append(entity)
            else:
                joined[match.id].append(entity)
        assigned = {m: i for i, found in joined.items() for e in found for m in e.member_ids}
        owner = {frozenset(members): i for i, members in held.items()}
        kept = {e_index: owner.get(frozenset(e.member_ids)) for e_index, e in enumerate(fresh)}
        _renew_entities(session, [(fresh[k], i) for k, i in kept.items() if i is not None])
        inserted = [e for k, e in enumerate(fresh) if kept[k] is None]
        fresh_ids = _insert_entities(session, inserted)
        assigned.update(
            {m: i for e, i in zip(inserted, fresh_ids, strict=True) for m in e.member_ids}
        )
        _extend_entities(session, joined, {m.id: m.role for m in mentions})
        _assign(session, Mention, assigned, "entity_id")
        gone = released - {i for i in kept.values() if i is not None}
        for chunk in _chunks(sorted(gone)):
            session.execute(delete(EntityName).where(EntityName.entity_id.in_(chunk)))
            session.execute(delete(Entity).where(Entity.id.in_(chunk)))
    if released:
        session.execute(delete(ReleasedEntity))


def _renew_entities(session: Session, kept: list[tuple[linking.StoryEntity, int]]) -> None:
    """Write what released entities are now, made again of the same mentions, under their ids."""
    _update_rows(
        session,
        Entity,
        [
            {
                "id": i,
                "name": e.name,
                "kind": e.kind,
                "role": e.role,
                "aliases": list(e.aliases),
                "mentions": e.mentions,
                "article_count": len(e.article_ids),
            }
            for e, i in kept
        ],
    )
    for chunk in _chunks(sorted(i for _, i in kept)):
        session.execute(delete(EntityName).where(EntityName.entity_id.in_(chunk)))
    _insert_rows(
        session,
        EntityName,
        [
            {"entity_id": i, "key": key[:256]}
            for e, i in kept
            for key in sorted(linking.lookup_keys(e))
        ],
    )


def _extend_entities(
    session: Session,
    joined: dict[int, list[linking.StoryEntity]],
    role_of: dict[int, str | None],
) -> None:
    """Add what newly linked mentions (their roles in `role_of`) say to the entities they joined;
    written back as one executemany UPDATE, not entity by entity through the ORM."""
    if not joined:
        return
    stored = {
        row.id: row
        for chunk in _chunks(joined)
        for row in session.execute(
            select(
                Entity.id,
                Entity.name,
                Entity.kind,
                Entity.role,
                Entity.aliases,
                Entity.mentions,
                Entity.article_count,
            ).where(Entity.id.in_(chunk))
        )
    }
    keys: dict[int, set[str]] = defaultdict(set)
    for chunk in _chunks(joined):
        for entity_id, key in session.execute(
            select(EntityName.entity_id, EntityName.key).where(EntityName.entity_id.in_(chunk))
        ):
            keys[entity_id].add(key)
    roles = _written_roles(session, [i for i in joined if stored[i].mentions <= ROLE_SETTLED])
    names = []
    updates = []
    for entity_id, found in joined.items():
        entity = stored[entity_id]
        forms = dict.fromkeys([*entity.aliases, *(f for e in found for f in (e.name, *e.aliases))])
        aliases = [f for f in forms if f != entity.name]
        mentions = entity.mentions + sum(e.mentions for e in found)
        role = entity.role
        if entity.mentions <= ROLE_SETTLED or role is None:
            written = [role_of[m] for e in found for m in e.member_ids if role_of[m]]
            ranked = linking.ranked_roles([*roles[entity_id], *written])
            role = ranked[0] if ranked else role
        updates.append(
            {
                "id": entity_id,
                "aliases": aliases,
                "mentions": mentions,
                "article_count": entity.article_count
                + len({a for e in found for a in e.article_ids}),
                "role": role,
            }
        )
        merged = linking.StoryEntity(entity.name, entity.kind, role, tuple(aliases), 0, (), ())
        names += [
            {"entity_id": entity_id, "key": key}
            for key in sorted({k[:256] for k in linking.lookup_keys(merged)} - keys[entity_id])
        ]
    _update_rows(session, Entity, updates)
    _insert_rows(session, EntityName, names)


def _written_roles(session: Session, entity_ids: list[int]) -> dict[int, list[str]]:
    """The roles the linked mentions of each entity give (entities named at most ROLE_SETTLED
    times: at most that many mentions each)."""
    found: dict[int, list[str]] = defaultdict(list)
    for chunk in _chunks(entity_ids):
        for entity_id, role in session.execute(
            select(Mention.entity_id, Mention.role)
            .where(Mention.entity_id.in_(chunk), Mention.role.is_not(None))
            .order_by(Mention.id)  # ties between roles go to the first written
        ):
            if entity_id is not None and role:
                found[entity_id].append(role)
    return found


def _new_speakers(session: Session) -> dict[int, int]:
    """The stored entity who spoke each new quote (not yet clustered) whose speaker is unlinked:
    quote id → entity id, written with the quote's cluster (one row version less on PostgreSQL,
    where each rewrites the quote's words index)."""
    quotes = [  # found by the cluster index alone: SQLite chose the speaker one and read far more
        (quote_id, speaker, article_id)
        for quote_id, speaker, article_id, speaker_id in session.execute(
            select(Quote.id, Quote.speaker, Quote.article_id, Quote.speaker_id).where(
                Quote.cluster.is_(None)
            )
        )
        if speaker is not None and speaker_id is None
    ]
    if not quotes:
        return {}
    known = _known_entities(session, {linking.query_key(s or "") for _, s, _ in quotes})
    named: dict[int, set[int]] = defaultdict(set)
    for chunk in _chunks({a for _, _, a in quotes}):
        for article_id, entity_id in session.execute(
            select(Mention.article_id, Mention.entity_id).where(Mention.article_id.in_(chunk))
        ):
            if entity_id is not None:
                named[article_id].add(entity_id)
    speakers: dict[int, int] = {}
    for quote_id, speaker, article_id in quotes:
        candidates = list(dict.fromkeys(known.get(linking.query_key(speaker or ""), ())))
        found = linking.choose_speaker(speaker or "", candidates, named[article_id])
        if found is not None:
            speakers[quote_id] = found.id
    return speakers


# --- incremental: quotes --------------------------------------------------------------------
def _group_new_quotes(session: Session, speakers: dict[int, int]) -> None:
    """Cluster the new quotes (their newly found `speakers` too) with the newest MAX_POSTING
    stored quotes of the same speaker, each stored cluster by its longest member."""
    new = [
        (quote_id, text, speakers.get(quote_id, speaker_id), speaker)
        for quote_id, text, speaker_id, speaker in session.execute(
            select(Quote.id, Quote.text, Quote.speaker_id, Quote.speaker)
            .where(Quote.cluster.is_(None))
            .order_by(Quote.id)  # the order decides which new quote names a new cluster
        )
    ]
    if not new:
        return
    whose: list[tuple[str, int | str | None]] = [
        ("id", i) for i in sorted({r[2] for r in new if r[2] is not None})
    ]
    whose += [("name", n) for n in sorted({r[3] for r in new if r[2] is None and r[3] is not None})]
    if any(row[2] is None and row[3] is None for row in new):
        whose.append(("no one", None))
    stored = _longest_of_clusters(session, whose)
    old_cluster = {row[0]: row[4] for row in stored}
    items = [_quote_item(r[0], r[1], r[2], r[3]) for r in stored]
    items += [_quote_item(r[0], r[1], r[2], r[3]) for r in new]
    roots = cluster_quotes(items)
    components: dict[int, list[int]] = defaultdict(list)
    for quote_id, root in roots.items():
        components[root].append(quote_id)
    assigned: dict[int, int] = {}
    for root, members in components.items():
        fresh = [q for q in members if q not in old_cluster]
        if not fresh:
            continue
        before = sorted({old_cluster[q] for q in members if q in old_cluster})
        target = before[0] if before else root
        assigned.update(dict.fromkeys(fresh, target))
        for other in before[1:]:  # the new words bridge two stored clusters: one quote now
            session.execute(update(Quote).where(Quote.cluster == other).values(cluster=target))
    _update_rows(
        session,
        Quote,
        [{"id": q, "cluster": assigned[q], "speaker_id": s} for q, _, s, _ in new],
    )


# A stored quote as clustering reads it: id, text, speaker id, speaker, cluster.
_StoredQuote = tuple[int, str, int | None, str | None, int]


def _longest_of_clusters(
    session: Session, speakers: Sequence[tuple[str, int | str | None]]
) -> list[_StoredQuote]:
    """Among the newest MAX_POSTING clustered quotes of each of `speakers` (an entity id, a name
    no entity holds, or no one), the longest of each cluster (the newest of equals), clusters in
    the order their newest quote comes, speaker by speaker. The database picks them (window
    functions over each speaker's newest quotes), so only one row per cluster is read; one
    statement per SPEAKERS_PER_QUERY speakers of a kind, each part walking its own index."""
    seen: dict[int, list[tuple[int, int, _StoredQuote]]] = defaultdict(list)  # by cluster
    numbered = list(enumerate(speakers))
    for kind in dict.fromkeys(k for k, _ in speakers):
        of_kind = [(part, value) for part, (k, value) in numbered if k == kind]
        for start in range(0, len(of_kind), SPEAKERS_PER_QUERY):
            chunk = of_kind[start : start + SPEAKERS_PER_QUERY]
            values: dict[str, Any] = {f"part{n}": part for n, (part, _) in enumerate(chunk)}
            values.update({f"speaker{n}": value for n, (_, value) in enumerate(chunk)})
            statement = _longest_statement(kind, len(chunk))
            for part, newest, *row in session.execute(statement, values):
                seen[row[4]].append((part, -newest, (row[0], row[1], row[2], row[3], row[4])))
    found = []
    for parts in seen.values():  # a cluster under two speakers: its first part's place
        parts.sort(key=lambda p: p[0])
        longest = max(parts, key=lambda p: len(p[2][1]))  # the first of equals
        found.append((parts[0][0], parts[0][1], longest[2]))
    return [quote for _, _, quote in sorted(found, key=lambda f: (f[0], f[1]))]


@functools.lru_cache(maxsize=256)
def _longest_statement(kind: str, count: int) -> CompoundSelect:
    """The statement of `_longest_of_clusters` for `count` speakers of one kind, built once: its
    parts' numbers and speakers are parameters (part0, speaker0, ...)."""
    parts = []
    for n in range(count):
        newest = (
            select(Quote.id, Quote.text, Quote.speaker_id, Quote.speaker, Quote.cluster)
            .where(_spoken_by(kind, bindparam(f"speaker{n}")), Quote.cluster.is_not(None))
            .order_by(Quote.id.desc())
            .limit(MAX_POSTING)
            .subquery()
        )
        ranked = select(
            bindparam(f"part{n}", type_=Integer).label("part"),
            func.max(newest.c.id).over(partition_by=newest.c.cluster).label("newest"),
            *newest.c,
            func.row_number()
            .over(
                partition_by=newest.c.cluster,
                order_by=(func.length(newest.c.text).desc(), newest.c.id.desc()),
            )
            .label("rank"),
        ).subquery()
        parts.append(select(*[c for c in ranked.c if c.name != "rank"]).where(ranked.c.rank == 1))
    return union_all(*parts)


def _spoken_by(kind: str, speaker: BindParameter[Any]) -> ColumnElement[bool]:
    """Quotes of an entity (kind "id"), of a name no entity holds ("name"), or of no one."""
    if kind == "id":
        return Quote.speaker_id == speaker
    if kind == "name":
        return (Quote.speaker == speaker) & Quote.speaker_id.is_(None)
    return Quote.speaker.is_(None) & Quote.speaker_id.is_(None)


# --- incremental: points and events ---------------------------------------------------------
def _group_new_points(session: Session) -> None:
    """Group the new points with the best WINDOW stored facts published near them."""
    rows = session.execute(
        select(Point.id, Point.article_id, Point.text, Point.score, Article.published)
        .join(Article, Point.article_id == Article.id)
        .where(Point.cluster.is_(None))
        .order_by(Point.id)
    ).all()
    if not rows:
        return
    points = [grouping.PointInput(i, a, t, s, p) for i, a, t, s, p in rows]
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
    for group_id, text, score, count, last, first in session.execute(query):
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
    _update_rows(session, PointGroup, changed)
    _assign(session, Point, assigned)
    _assign_support(session, shares)
    _insert_point_groups(session, fresh)


def _group_new_events(session: Session) -> None:
    """Group the new events with the WINDOW stored events dated near them, most reported first."""
    rows = session.execute(
        select(Event.id, Event.article_id, Event.text, Event.date, Event.date_precision)
        .where(Event.cluster.is_(None))
        .order_by(Event.id)
    ).all()
    if not rows:
        return
    events = [grouping.EventInput(i, a, t, d, p) for i, a, t, d, p in rows]  # type: ignore[arg-type]
    best = (
        select(
            EventGroup.id,
            EventGroup.representative_id,
            EventGroup.date,
            EventGroup.date_precision,
            EventGroup.article_count,
        )
        .where(EventGroup.date.is_not(None))
        .order_by(EventGroup.article_count.desc(), EventGroup.id.desc())
        .limit(WINDOW)
    )
    dates = [e.date for e in events if e.date is not None]
    if dates:
        best = best.where(
            EventGroup.date >= min(dates) - EVENT_REACH, EventGroup.date <= max(dates) + EVENT_REACH
        )
    window = best.subquery()  # the window first, then only its representatives' words
    query = (
        select(
            window.c.id, Event.text, window.c.date, window.c.date_precision, window.c.article_count
        )
        .join(Event, Event.id == window.c.representative_id)
        .order_by(window.c.article_count.desc(), window.c.id.desc())
    )
    stored: dict[int, tuple[grouping.EventInput, int]] = {}
    known = []
    for group_id, text, date, precision, count in session.execute(query):
        stand_in = grouping.EventInput(0, 0, text, date, precision)
        stored[group_id] = (stand_in, count)
        span = grouping.event_period(date, stand_in.date_precision)
        known.append(
            (grouping.KnownGroup(group_id, text, Span.of(span) if span else None), stand_in)
        )
    joined, fresh = grouping.add_events(known, events)
    assigned: dict[int, int] = {}
    changed = []
    for group_id, members in joined.items():
        stand_in, count = stored[group_id]
        date, precision = grouping.finest_date([stand_in, *members])
        changed.append(
            {
                "id": group_id,
                "article_count": count + len({e.article_id for e in members}),
                "date": date,
                "date_precision": precision,
            }
        )
        assigned.update(dict.fromkeys((e.id for e in members), group_id))
    _update_rows(session, EventGroup, changed)
    _assign(session, Event, assigned)
    _insert_event_groups(session, fresh)
