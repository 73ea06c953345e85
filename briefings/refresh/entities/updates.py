"""Stored entities written again: patched ones recomputed, released ones renewed, others extended."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Set as AbstractSet

from sqlalchemy import Text, cast, delete, distinct, func, select
from sqlalchemy.orm import Session

from briefings.analysis.common.names import name_key
from briefings.analysis.linking.keys import lookup_keys
from briefings.analysis.linking.known import variant_keys
from briefings.analysis.linking.records import StoryEntity
from briefings.analysis.linking.summary import ranked_roles, summarise
from briefings.models import Entity, EntityName, EntityVariant, Mention, PatchedEntity
from briefings.refresh.entities.rows import entity_row, insert_names, insert_variants
from briefings.refresh.writes.rows import chunks, insert_rows, update_rows

ROLE_SETTLED = 50  # named more often, an entity keeps its role (a batch cannot outvote it)


def recompute_patched(session: Session) -> None:
    """The figures of the patched entities (release.py) worked out from their mentions as
    `link_entities` gives them (name, kind, role, aliases, counts), read as a few grouped
    rows per entity (each name with its alias list, each role, each kind), not mention by mention."""
    patched = sorted(session.scalars(select(PatchedEntity.entity_id)))
    if not patched:
        return
    combo = (Mention.entity_id, Mention.name, cast(Mention.aliases, Text).label("written"))
    updates = []
    renamed: list[StoryEntity] = []  # a person's surname key follows the name
    renamed_ids: list[int] = []
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
        before: dict[int, str] = {
            entity_id: name
            for entity_id, name in session.connection().execute(
                select(Entity.id, Entity.name).where(Entity.id.in_(chunk))
            )
        }
        for entity_id in chunk:
            if entity_id not in forms:
                continue
            entity = summarise(
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
            if entity.name != before.get(entity_id) and entity.kind == "person":
                renamed.append(entity)
                renamed_ids.append(entity_id)
    update_rows(session, Entity, updates)
    for chunk in chunks(sorted(renamed_ids)):
        session.execute(delete(EntityName).where(EntityName.entity_id.in_(chunk)))
    insert_names(session, renamed, renamed_ids)
    session.execute(delete(PatchedEntity))


def renew_entities(session: Session, kept: list[tuple[StoryEntity, int]]) -> None:
    """Write what released entities are now, made again of the same mentions, under their ids."""
    update_rows(session, Entity, [{"id": i, **entity_row(e)} for e, i in kept])
    for chunk in chunks(sorted(i for _, i in kept)):
        session.execute(delete(EntityName).where(EntityName.entity_id.in_(chunk)))
        session.execute(delete(EntityVariant).where(EntityVariant.entity_id.in_(chunk)))
    insert_variants(session, [(i, variant_keys(e)) for e, i in kept])
    insert_rows(
        session,
        EntityName,
        [{"entity_id": i, "key": key[:256]} for e, i in kept for key in sorted(lookup_keys(e))],
    )


def extend_entities(
    session: Session,
    joined: dict[int, list[StoryEntity]],
    role_of: dict[int, str | None],
) -> set[int]:
    """Add what newly linked mentions (their roles in `role_of`) say to the entities they joined;
    written back as one executemany UPDATE, not entity by entity through the ORM. The entities
    whose name or role they could change (a form as long as the name, another role where the
    entity's own are not all read: named more than ROLE_SETTLED times), to be weighed again
    from all their mentions (`recompute_patched`), as a rebuild weighs them."""
    if not joined:
        return set()
    stored = {
        row.id: row
        for chunk in chunks(joined)
        for row in session.connection().execute(
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
        for entity_id, key in session.connection().execute(
            select(EntityName.entity_id, EntityName.key).where(EntityName.entity_id.in_(chunk))
        ):
            keys[entity_id].add(key)
    variants: dict[int, set[str]] = defaultdict(set)
    for chunk in chunks(joined):
        for entity_id, key in session.connection().execute(
            select(EntityVariant.entity_id, EntityVariant.key).where(
                EntityVariant.entity_id.in_(chunk)
            )
        ):
            variants[entity_id].add(key)
    shorter: list[tuple[int, AbstractSet[str]]] = []
    roles = _written_roles(session, [i for i in joined if stored[i].mentions <= ROLE_SETTLED])
    names = []
    updates = []
    weigh: set[int] = set()
    for entity_id, found in joined.items():
        entity = stored[entity_id]
        length = len(name_key(entity.name).split())
        if any(
            f != entity.name and len(name_key(f).split()) >= length
            for e in found
            for f in (e.name, *e.aliases)
        ) or (
            entity.mentions > ROLE_SETTLED
            and any(role_of[m] not in (None, entity.role) for e in found for m in e.member_ids)
        ):
            weigh.add(entity_id)
        forms = dict.fromkeys([*entity.aliases, *(f for e in found for f in (e.name, *e.aliases))])
        aliases = [f for f in forms if f != entity.name]
        mentions = entity.mentions + sum(e.mentions for e in found)
        role = entity.role
        if entity.mentions <= ROLE_SETTLED or role is None:
            written = [role_of[m] for e in found for m in e.member_ids if role_of[m]]
            ranked = ranked_roles([*roles[entity_id], *written])
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
        merged = StoryEntity(entity.name, entity.kind, role, tuple(aliases), 0, (), ())
        names += [
            {"entity_id": entity_id, "key": key}
            for key in sorted({k[:256] for k in lookup_keys(merged)} - keys[entity_id])
        ]
        shorter.append((entity_id, {k[:256] for k in variant_keys(merged)} - variants[entity_id]))
    update_rows(session, Entity, updates)
    insert_rows(session, EntityName, names)
    insert_variants(session, shorter)
    return weigh


def _written_roles(session: Session, entity_ids: list[int]) -> dict[int, list[str]]:
    """The roles the linked mentions of each entity give (entities named at most ROLE_SETTLED
    times: at most that many mentions each)."""
    found: dict[int, list[str]] = defaultdict(list)
    for chunk in chunks(entity_ids):
        for entity_id, role in session.connection().execute(
            select(Mention.entity_id, Mention.role)
            .where(Mention.entity_id.in_(chunk), Mention.role.is_not(None))
            .order_by(Mention.id)  # ties between roles go to the first written
        ):
            if entity_id is not None and role:
                found[entity_id].append(role)
    return found
