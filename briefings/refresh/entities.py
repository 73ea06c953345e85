"""The story's cast: mentions linked into entities, in full or only the new and released ones."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet

from sqlalchemy import Select, Text, cast, delete, distinct, func, select, update
from sqlalchemy.orm import Session

from briefings.analysis import linking
from briefings.models import (
    Entity,
    EntityName,
    EntityVariant,
    Mention,
    PatchedEntity,
    Quote,
    ReleasedEntity,
)
from briefings.refresh import linkage
from briefings.refresh.release import release_entities
from briefings.refresh.rows import assign, chunks, insert_all, insert_rows, update_rows
from briefings.refresh.speakers import settle_quotes

ROLE_SETTLED = 50  # named more often, an entity keeps its role (a batch cannot outvote it)


def link_all(session: Session) -> None:
    """Rebuild the story's cast from the mentions, and point each quote at its speaker."""
    session.execute(update(Mention).values(entity_id=None))
    session.execute(update(Quote).values(speaker_id=None))
    session.execute(delete(ReleasedEntity))
    session.execute(delete(PatchedEntity))
    session.execute(delete(EntityVariant))
    session.execute(delete(Entity))
    mentions = _mentions(session, select(*_MENTION).order_by(Mention.id))
    cast = linking.link_entities(mentions)
    entity_ids = insert_entities(session, cast)
    pairs = list(zip(cast, entity_ids, strict=True))
    assign(session, Mention, {m: i for e, i in pairs for m in e.member_ids}, "entity_id")
    index = linking.EntityIndex(cast)
    by_entity = {id(e): i for e, i in pairs}
    speakers: dict[int, int] = {}
    for quote_id, speaker, article_id in session.execute(
        select(Quote.id, Quote.speaker, Quote.article_id).where(Quote.speaker.is_not(None))
    ):
        found = index.speaker(speaker or "", article_id)
        if found is not None:
            speakers[quote_id] = by_entity[id(found)]
    assign(session, Quote, speakers, "speaker_id")


_MENTION = (
    Mention.id,
    Mention.article_id,
    Mention.name,
    Mention.kind,
    Mention.role,
    Mention.aliases,
    Mention.count,
)


def all_mentions(session: Session) -> list[linking.MentionInput]:
    """Every mention as linking reads it, in the order of their ids."""
    return _mentions(session, select(*_MENTION).order_by(Mention.id))


def _mentions(
    session: Session, query: Select[int, int, str, str, str | None, list[str], int]
) -> list[linking.MentionInput]:
    """The mentions `query` selects (the columns of `_MENTION`), read as rows, not ORM objects."""
    return [
        linking.MentionInput(i, a, name, kind, role, tuple(aliases), count)
        for i, a, name, kind, role, aliases, count in session.execute(query)
    ]


def insert_entities(session: Session, cast: Sequence[linking.StoryEntity]) -> list[int]:
    """Store new entities with their lookup keys; their ids in the order of `cast`."""
    ids = insert_all(
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
    insert_rows(
        session,
        EntityName,
        [
            {"entity_id": i, "key": key[:256]}
            for e, i in zip(cast, ids, strict=True)
            for key in sorted(linking.lookup_keys(e))
        ],
    )
    _insert_variants(
        session, [(i, linking.variant_keys(e)) for e, i in zip(cast, ids, strict=True)]
    )
    return ids


def _insert_variants(session: Session, found: Sequence[tuple[int, AbstractSet[str]]]) -> None:
    """Store organisations' shorter keys (`linking.variant_keys`), where the release looks."""
    insert_rows(
        session,
        EntityVariant,
        [{"entity_id": i, "key": key[:256]} for i, keys in found for key in sorted(keys)],
    )


def _known_entities(
    session: Session,
    keys: Iterable[str],
    leave_out: AbstractSet[int] = frozenset(),
) -> dict[str, list[linking.KnownEntity]]:
    """Stored entities by each of `keys` they are found under (but those in `leave_out`)."""
    found: dict[str, list[linking.KnownEntity]] = defaultdict(list)
    made: dict[int, linking.KnownEntity] = {}
    for chunk in chunks(k[:256] for k in keys):
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


def _bodies_by_variant(
    session: Session, keys: Iterable[str], leave_out: AbstractSet[int]
) -> dict[str, list[linking.KnownEntity]]:
    """Stored organisations a short form among `keys` could stand for (`EntityVariant`)."""
    found: dict[str, list[linking.KnownEntity]] = defaultdict(list)
    for chunk in chunks(k[:256] for k in keys):
        for key, entity_id, name, kind, aliases, mentions in session.execute(
            select(
                EntityVariant.key,
                Entity.id,
                Entity.name,
                Entity.kind,
                Entity.aliases,
                Entity.mentions,
            )
            .join(Entity, EntityVariant.entity_id == Entity.id)
            .where(EntityVariant.key.in_(chunk))
        ):
            if entity_id not in leave_out:
                found[key].append(linking.KnownEntity.of(entity_id, name, kind, aliases, mentions))
    return found


def link_new_mentions(session: Session) -> set[int]:
    """Link the new mentions, and those of the released entities (release.py), among
    themselves; then each new entity into a stored one it is, or into the released entity whose
    mentions it holds most of (kept under its id: its quotes stay its own where nobody else
    answers to their speaker's name, speakers.py), else a new one. With released entities, the
    other bearers of a lone surname among the mentions stand beside them (linkage.py): a bearer
    a lone surname joins is released too, and the mentions linked again. The released entities
    kept."""
    released = set(session.scalars(select(ReleasedEntity.entity_id)))
    new = select(*_MENTION).where(Mention.entity_id.is_(None)).order_by(Mention.id)
    mentions = _mentions(session, new)
    held: dict[int, set[int]] = defaultdict(set)  # released entity -> its mentions
    _add_held(session, released, mentions, held)
    proxied: set[int] = set()
    relinked: set[int] = set()
    if mentions:
        cast, proxied = _link_with_bearers(session, mentions, released, held)
        keys = {k for e in cast for k in linking.search_keys(e)}
        known = _known_entities(session, keys, leave_out=released | proxied)
        shortened = _bodies_by_variant(session, keys, released | proxied)
        joined: dict[int, list[linking.StoryEntity]] = defaultdict(list)
        fresh: list[linking.StoryEntity] = []
        for entity in cast:
            candidates = {
                k
                for key in linking.search_keys(entity)
                for k in (*known.get(key, ()), *shortened.get(key, ()))
            }
            match = linking.join_known(entity, sorted(candidates, key=lambda k: k.id))
            if match is None:
                fresh.append(entity)
            else:
                joined[match.id].append(entity)
        assigned = {m: i for i, found in joined.items() for e in found for m in e.member_ids}
        kept = _kept_ids(fresh, held)
        _renew_entities(session, [(fresh[k], i) for k, i in kept.items() if i is not None])
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
        _extend_entities(session, joined, {m.id: m.role for m in mentions})
        assign(session, Mention, assigned, "entity_id")
        relinked = {i for i in kept.values() if i is not None}
        gone = released - relinked
        for chunk in chunks(sorted(gone)):
            session.execute(delete(EntityName).where(EntityName.entity_id.in_(chunk)))
            session.execute(delete(EntityVariant).where(EntityVariant.entity_id.in_(chunk)))
        settle_quotes(session, relinked, gone)  # the keys as they are now
        for chunk in chunks(sorted(gone)):
            session.execute(delete(Entity).where(Entity.id.in_(chunk)))
    if released:
        session.execute(delete(ReleasedEntity))
    _recompute_patched(session)
    return relinked


def _kept_ids(
    fresh: Sequence[linking.StoryEntity], held: dict[int, set[int]]
) -> dict[int, int | None]:
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
    mentions: list[linking.MentionInput],
    held: dict[int, set[int]],
) -> None:
    """Add the mentions of released entities to `mentions` (in the order of their ids), and
    record which each holds in `held`."""
    for chunk in chunks(sorted(entity_ids)):
        query = select(*_MENTION, Mention.entity_id).where(Mention.entity_id.in_(chunk))
        for i, a, name, kind, role, aliases, count, entity_id in session.execute(query):
            mentions.append(linking.MentionInput(i, a, name, kind, role, tuple(aliases), count))
            if entity_id is not None:
                held[entity_id].add(i)
    mentions.sort(key=lambda m: m.id)  # the order of a rebuild: ties go to the first written


def _link_with_bearers(
    session: Session,
    mentions: list[linking.MentionInput],
    released: set[int],
    held: dict[int, set[int]],
) -> tuple[list[linking.StoryEntity], set[int]]:
    """`linking.link_entities` of the mentions; with released entities, beside stand-ins for
    the stored bearers of their lone surnames (linkage.bearer_proxies). A stand-in linked with
    a mention (or another bearer's) releases its entity (`released`, `held` and `mentions` grow)
    and the linking is done again. The entities, and the bearers stood in for."""
    if not released:
        return linking.link_entities(mentions), set()
    while True:
        proxies, owner = linkage.bearer_proxies(session, linkage.lone_keys(mentions), released)
        cast = linking.link_entities([*mentions, *proxies])
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


def _recompute_patched(session: Session) -> None:
    """The figures of the patched entities (release.py) worked out from their mentions as
    `linking.link_entities` gives them (name, kind, role, aliases, counts), read as a few grouped
    rows per entity (each name with its alias list, each role, each kind), not mention by mention."""
    patched = sorted(session.scalars(select(PatchedEntity.entity_id)))
    if not patched:
        return
    combo = (Mention.entity_id, Mention.name, cast(Mention.aliases, Text).label("written"))
    updates = []
    for chunk in chunks(patched):
        mine = Mention.entity_id.in_(chunk)
        forms: dict[int | None, list[tuple[int, str, list[str], int, int]]] = defaultdict(list)
        for entity_id, name, aliases, first, rows, count in session.execute(
            select(*combo, func.min(Mention.id), func.count(), func.sum(Mention.count))
            .where(mine)
            .group_by(*combo)
        ):
            forms[entity_id].append((first, name, json.loads(aliases), rows, count))
        roles: dict[int | None, list[tuple[int, str, int]]] = defaultdict(list)
        for entity_id, role, first, rows in session.execute(
            select(Mention.entity_id, Mention.role, func.min(Mention.id), func.count())
            .where(mine, Mention.role.is_not(None))
            .group_by(Mention.entity_id, Mention.role)
        ):
            roles[entity_id].append((first, role or "", rows))
        kinds: dict[int | None, list[tuple[int, str, int]]] = defaultdict(list)
        for entity_id, kind, first, rows in session.execute(
            select(Mention.entity_id, Mention.kind, func.min(Mention.id), func.count())
            .where(mine)
            .group_by(Mention.entity_id, Mention.kind)
        ):
            kinds[entity_id].append((first, kind, rows))
        articles = {
            entity_id: count
            for entity_id, count in session.execute(
                select(Mention.entity_id, func.count(distinct(Mention.article_id)))
                .where(mine)
                .group_by(Mention.entity_id)
            )
        }
        for entity_id in chunk:
            if entity_id not in forms:
                continue
            entity = linking.summarise(
                sorted(forms[entity_id]), sorted(roles[entity_id]), sorted(kinds[entity_id])
            )
            updates.append(
                {
                    "id": entity_id,
                    "name": entity.name,
                    "kind": entity.kind,
                    "role": entity.role,
                    "aliases": list(entity.aliases),
                    "mentions": entity.mentions,
                    "article_count": articles[entity_id],
                }
            )
    update_rows(session, Entity, updates)
    session.execute(delete(PatchedEntity))


def _renew_entities(session: Session, kept: list[tuple[linking.StoryEntity, int]]) -> None:
    """Write what released entities are now, made again of the same mentions, under their ids."""
    update_rows(
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
    for chunk in chunks(sorted(i for _, i in kept)):
        session.execute(delete(EntityName).where(EntityName.entity_id.in_(chunk)))
        session.execute(delete(EntityVariant).where(EntityVariant.entity_id.in_(chunk)))
    _insert_variants(session, [(i, linking.variant_keys(e)) for e, i in kept])
    insert_rows(
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
        for chunk in chunks(joined)
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
    for chunk in chunks(joined):
        for entity_id, key in session.execute(
            select(EntityName.entity_id, EntityName.key).where(EntityName.entity_id.in_(chunk))
        ):
            keys[entity_id].add(key)
    variants: dict[int, set[str]] = defaultdict(set)
    for chunk in chunks(joined):
        for entity_id, key in session.execute(
            select(EntityVariant.entity_id, EntityVariant.key).where(
                EntityVariant.entity_id.in_(chunk)
            )
        ):
            variants[entity_id].add(key)
    shorter: list[tuple[int, AbstractSet[str]]] = []
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
        shorter.append(
            (entity_id, {k[:256] for k in linking.variant_keys(merged)} - variants[entity_id])
        )
    update_rows(session, Entity, updates)
    insert_rows(session, EntityName, names)
    _insert_variants(session, shorter)


def _written_roles(session: Session, entity_ids: list[int]) -> dict[int, list[str]]:
    """The roles the linked mentions of each entity give (entities named at most ROLE_SETTLED
    times: at most that many mentions each)."""
    found: dict[int, list[str]] = defaultdict(list)
    for chunk in chunks(entity_ids):
        for entity_id, role in session.execute(
            select(Mention.entity_id, Mention.role)
            .where(Mention.entity_id.in_(chunk), Mention.role.is_not(None))
            .order_by(Mention.id)  # ties between roles go to the first written
        ):
            if entity_id is not None and role:
                found[entity_id].append(role)
    return found


def new_speakers(session: Session) -> dict[int, int]:
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
    for chunk in chunks({a for _, _, a in quotes}):
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
