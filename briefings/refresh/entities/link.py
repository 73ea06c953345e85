"""The story's cast: mentions linked into entities, in full or only the new and released ones."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from briefings.analysis.linking.index import EntityIndex
from briefings.analysis.linking.keys import query_key, search_keys
from briefings.analysis.linking.known import choose_speaker, join_known
from briefings.analysis.linking.link import link_entities
from briefings.analysis.linking.records import MentionInput, StoryEntity
from briefings.models import (
    Entity,
    EntityName,
    EntityVariant,
    Mention,
    PatchedEntity,
    Quote,
    ReleasedEntity,
)
from briefings.refresh.entities import linkage
from briefings.refresh.entities.rows import (
    MENTION_COLUMNS,
    aliases_of,
    bodies_by_variant,
    insert_entities,
    known_entities,
    read_mentions,
)
from briefings.refresh.entities.speakers import settle_quotes
from briefings.refresh.entities.updates import extend_entities, recompute_patched, renew_entities
from briefings.refresh.release import patch_entities, release_entities
from briefings.refresh.writes.rows import assign, chunks


def link_all(session: Session) -> dict[int, int]:
    """Rebuild the story's cast from the mentions; the entity who spoke each quote one speaks
    (quote id -> entity id), which `group_quotes` writes with the quotes' clusters (each quote
    row written once)."""
    # only the rows that hold one: on a story still empty, none (no row rewritten for nothing)
    session.execute(update(Mention).where(Mention.entity_id.is_not(None)).values(entity_id=None))
    session.execute(delete(ReleasedEntity))
    session.execute(delete(PatchedEntity))
    session.execute(delete(EntityVariant))
    session.execute(delete(Entity))
    mentions = read_mentions(session, select(*MENTION_COLUMNS).order_by(Mention.id))
    cast = link_entities(mentions)
    entity_ids = insert_entities(session, cast)
    pairs = list(zip(cast, entity_ids, strict=True))
    assign(session, Mention, {m: i for e, i in pairs for m in e.member_ids}, "entity_id")
    index = EntityIndex(cast)
    by_entity = {id(e): i for e, i in pairs}
    speakers: dict[int, int] = {}
    for quote_id, speaker, article_id in session.connection().execute(
        select(Quote.id, Quote.speaker, Quote.article_id).where(Quote.speaker.is_not(None))
    ):
        found = index.speaker(speaker or "", article_id)
        if found is not None:
            speakers[quote_id] = by_entity[id(found)]
    return speakers


def link_new_mentions(session: Session) -> set[int]:
    """Link the new mentions, and those of the released entities (release.py), among
    themselves; then each new entity into a stored one it is, or into the released entity whose
    mentions it holds most of (kept under its id: its quotes stay its own where nobody else
    answers to their speaker's name, speakers.py), else a new one. With released entities, the
    other bearers of a lone surname among the mentions stand beside them (linkage.py): a bearer
    a lone surname joins is released too, and the mentions linked again. The released entities
    kept."""
    released = set(session.scalars(select(ReleasedEntity.entity_id)))
    new = select(*MENTION_COLUMNS).where(Mention.entity_id.is_(None)).order_by(Mention.id)
    mentions = read_mentions(session, new)
    held: dict[int, set[int]] = defaultdict(set)  # released entity -> its mentions
    _add_held(session, released, mentions, held)
    proxied: set[int] = set()
    relinked: set[int] = set()
    if mentions:
        cast, proxied = _link_with_bearers(session, mentions, released, held)
        keys = {k for e in cast for k in search_keys(e)}
        known = known_entities(session, keys, leave_out=released | proxied)
        shortened = bodies_by_variant(session, keys, released | proxied)
        joined: dict[int, list[StoryEntity]] = defaultdict(list)
        fresh: list[StoryEntity] = []
        for entity in cast:
            candidates = {
                k
                for key in search_keys(entity)
                for k in (*known.get(key, ()), *shortened.get(key, ()))
            }
            match = join_known(entity, sorted(candidates, key=lambda k: k.id))
            if match is None:
                fresh.append(entity)
            else:
                joined[match.id].append(entity)
        assigned = {m: i for i, found in joined.items() for e in found for m in e.member_ids}
        kept = _kept_ids(fresh, held)
        renew_entities(session, [(fresh[k], i) for k, i in kept.items() if i is not None])
        inserted = [e for k, e in enumerate(fresh) if kept[k] is None]
        fresh_ids = insert_entities(session, inserted)
        assigned.update(
            {m: i for e, i in zip(inserted, fresh_ids, strict=True) for m in e.member_ids}
        )
        assigned.update(  # what a kept entity gained
            {
                m: i
                for k, i in kept.items()
                if i is not None
                for m in fresh[k].member_ids
                if m not in held[i]
            }
        )
        # those whose name or role the new mentions could change: weighed again from them all
        patch_entities(session, extend_entities(session, joined, {m.id: m.role for m in mentions}))
        assign(session, Mention, assigned, "entity_id")
        relinked = {i for i in kept.values() if i is not None}
    if released:  # with no mention left nor new (an edit naming no one): every one gone
        _drop(session, released - relinked, relinked)
        session.execute(delete(ReleasedEntity))
    recompute_patched(session)
    return relinked


def _drop(session: Session, gone: set[int], relinked: set[int]) -> None:
    """The released entities no mention was linked into deleted, their quotes settled."""
    for chunk in chunks(sorted(gone)):
        session.execute(delete(EntityName).where(EntityName.entity_id.in_(chunk)))
        session.execute(delete(EntityVariant).where(EntityVariant.entity_id.in_(chunk)))
    settle_quotes(session, relinked, gone)  # the keys as they are now
    for chunk in chunks(sorted(gone)):
        session.execute(delete(Entity).where(Entity.id.in_(chunk)))


def _kept_ids(fresh: Sequence[StoryEntity], held: dict[int, set[int]]) -> dict[int, int | None]:
    """For each entity of `fresh` (by its index), the released entity whose id it keeps: the
    one holding most of its mentions (the lower id of equals) not already kept by an entity
    before it, if any (ids stay where the same people stay: their quotes with them)."""
    owner_of = {m: i for i, members in held.items() for m in members}
    taken: set[int] = set()
    kept: dict[int, int | None] = {}
    for index, entity in enumerate(fresh):
        overlap = Counter(owner_of[m] for m in entity.member_ids if m in owner_of)
        ranked = sorted(overlap, key=lambda i: (-overlap[i], i))
        choice = next((i for i in ranked if i not in taken), None)
        if choice is not None:
            taken.add(choice)
        kept[index] = choice
    return kept


def _add_held(
    session: Session,
    entity_ids: AbstractSet[int],
    mentions: list[MentionInput],
    held: dict[int, set[int]],
) -> None:
    """Add the mentions of released entities to `mentions` (in the order of their ids), and
    record which each holds in `held`."""
    for chunk in chunks(sorted(entity_ids)):
        query = select(*MENTION_COLUMNS, Mention.entity_id).where(Mention.entity_id.in_(chunk))
        for i, a, name, kind, role, aliases, count, entity_id in session.connection().execute(
            query
        ):
            mentions.append(MentionInput(i, a, name, kind, role, aliases_of(aliases), count))
            if entity_id is not None:
                held[entity_id].add(i)
    mentions.sort(key=lambda m: m.id)  # the order of a rebuild: ties go to the first written


def _link_with_bearers(
    session: Session,
    mentions: list[MentionInput],
    released: set[int],
    held: dict[int, set[int]],
) -> tuple[list[StoryEntity], set[int]]:
    """`link_entities` of the mentions; with released entities, beside stand-ins for
    the stored bearers of their lone surnames (linkage.bearer_proxies). A stand-in linked with
    a mention (or another bearer's) releases its entity (`released`, `held` and `mentions` grow)
    and the linking is done again. The entities, and the bearers stood in for."""
    if not released:
        return link_entities(mentions), set()
    while True:
        proxies, owner = linkage.bearer_proxies(session, linkage.lone_keys(mentions), released)
        cast = link_entities([*mentions, *proxies])
        reached: set[int] = set()
        kept = []
        for entity in cast:
            owners = {owner[m] for m in entity.member_ids if m < 0}
            if not owners:
                kept.append(entity)
            elif len(owners) > 1 or entity.member_ids[-1] >= 0:
                reached |= owners
        if not reached:
            return kept, set(owner.values())
        release_entities(session, reached)
        released |= reached
        _add_held(session, reached, mentions, held)


def new_speakers(session: Session) -> dict[int, int]:
    """The stored entity who spoke each new quote (not yet clustered) whose speaker is unlinked:
    quote id → entity id, written with the quote's cluster (one row version less on PostgreSQL,
    where each rewrites the quote's words index)."""
    quotes = [  # found by the cluster index alone: SQLite chose the speaker one and read far more
        (quote_id, speaker, article_id)
        for quote_id, speaker, article_id, speaker_id in session.connection().execute(
            select(Quote.id, Quote.speaker, Quote.article_id, Quote.speaker_id).where(
                Quote.cluster.is_(None)
            )
        )
        if speaker is not None and speaker_id is None
    ]
    return _speakers_of(session, quotes)


def answered_quotes(session: Session, keys: AbstractSet[str]) -> None:
    """Quotes of no one whose speaker is written as one of `keys` (the names a refresh linked)
    and that a stored entity now speaks (a "Hayek" quoted before any Hayek was named) go back
    to unclustered, with their clusters: attributed (`new_speakers`) and clustered again."""
    if not keys:
        return
    quotes = [
        (quote_id, speaker, article_id)
        for quote_id, speaker, article_id in session.connection().execute(
            select(Quote.id, Quote.speaker, Quote.article_id).where(
                Quote.speaker_id.is_(None), Quote.speaker.is_not(None), Quote.cluster.is_not(None)
            )
        )
        if query_key(speaker or "")[:256] in keys
    ]
    clusters: set[int | None] = set()
    for chunk in chunks(sorted(_speakers_of(session, quotes))):
        clusters.update(session.scalars(select(Quote.cluster).where(Quote.id.in_(chunk))))
    for chunk in chunks(sorted(c for c in clusters if c is not None)):
        session.execute(update(Quote).where(Quote.cluster.in_(chunk)).values(cluster=None))


def _speakers_of(session: Session, quotes: Sequence[tuple[int, str | None, int]]) -> dict[int, int]:
    """The stored entity who spoke each of `quotes` (id, speaker, article id), where one does:
    quote id → entity id."""
    if not quotes:
        return {}
    known = known_entities(session, {query_key(s or "") for _, s, _ in quotes})
    named: dict[int, set[int]] = defaultdict(set)
    for chunk in chunks({a for _, _, a in quotes}):
        for article_id, entity_id in session.connection().execute(
            select(Mention.article_id, Mention.entity_id).where(Mention.article_id.in_(chunk))
        ):
            if entity_id is not None:
                named[article_id].add(entity_id)
    speakers: dict[int, int] = {}
    for quote_id, speaker, article_id in quotes:
        candidates = list(dict.fromkeys(known.get(query_key(speaker or ""), ())))
        found = choose_speaker(speaker or "", candidates, named[article_id])
        if found is not None:
            speakers[quote_id] = found.id
    return speakers
