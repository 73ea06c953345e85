"""The story's mentions and entities as rows: mentions read, entities stored and found by key."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from sqlalchemy import Select, String, select, type_coerce
from sqlalchemy.orm import Session

from briefings.analysis.linking.keys import lookup_keys
from briefings.analysis.linking.known import KnownEntity, variant_keys
from briefings.analysis.linking.records import MentionInput, StoryEntity
from briefings.models import Entity, EntityName, EntityVariant, Mention, utcnow
from briefings.refresh.writes.rows import chunks, insert_all, insert_rows

MENTION_COLUMNS = (
    Mention.id,
    Mention.article_id,
    Mention.name,
    Mention.kind,
    Mention.role,
    # read as stored (JSON text on SQLite), decoded by `aliases_of`: most mentions have none
    type_coerce(Mention.aliases, String).label("aliases"),
    Mention.count,
)
_NO_ALIASES = ("[]", None)


def aliases_of(stored: str | list[str] | None) -> tuple[str, ...]:
    """A mention's aliases from the column as `MENTION_COLUMNS` reads it: the JSON text (SQLite),
    or the list a driver that decodes JSON itself gives (PostgreSQL)."""
    if stored in _NO_ALIASES:
        return ()
    return tuple(json.loads(stored) if isinstance(stored, str) else stored)


def all_mentions(session: Session) -> list[MentionInput]:
    """Every mention as linking reads it, in the order of their ids."""
    return read_mentions(session, select(*MENTION_COLUMNS).order_by(Mention.id))


def read_mentions(
    session: Session, query: Select[int, int, str, str, str | None, str, int]
) -> list[MentionInput]:
    """The mentions `query` selects (the columns of `MENTION_COLUMNS`), read as rows, not ORM objects."""
    return [
        MentionInput(i, a, name, kind, role, aliases_of(aliases), count)
        for i, a, name, kind, role, aliases, count in session.connection().execute(query).all()
    ]


def entity_row(entity: StoryEntity) -> dict[str, Any]:
    """The columns of an `Entity` row that a story entity gives (its id aside)."""
    return {
        "name": entity.name,
        "kind": entity.kind,
        "role": entity.role,
        "aliases": list(entity.aliases),
        "mentions": entity.mentions,
        "article_count": len(entity.article_ids),
    }


def insert_entities(session: Session, cast: Sequence[StoryEntity]) -> list[int]:
    """Store new entities with their lookup keys; their ids in the order of `cast`. Each row
    gives `first_seen` too (the column's default, now): a row that leaves a column to its
    default is SQLAlchemy's to insert, at about 15 µs of its work a row, not the driver's."""
    ids = insert_all(session, Entity, [{**entity_row(e), "first_seen": utcnow()} for e in cast])
    insert_names(session, cast, ids)
    insert_variants(session, [(i, variant_keys(e)) for e, i in zip(cast, ids, strict=True)])
    return ids


def insert_names(session: Session, cast: Sequence[StoryEntity], ids: Sequence[int]) -> None:
    """Store the lookup keys of entities stored under `ids` (in the order of `cast`)."""
    insert_rows(
        session,
        EntityName,
        [
            {"entity_id": i, "key": key[:256]}
            for e, i in zip(cast, ids, strict=True)
            for key in sorted(lookup_keys(e))
        ],
    )


def insert_variants(session: Session, found: Sequence[tuple[int, AbstractSet[str]]]) -> None:
    """Store organisations' shorter keys (`variant_keys`), where the release looks."""
    insert_rows(
        session,
        EntityVariant,
        [{"entity_id": i, "key": key[:256]} for i, keys in found for key in sorted(keys)],
    )


def known_entities(
    session: Session,
    keys: Iterable[str],
    leave_out: AbstractSet[int] = frozenset(),
) -> dict[str, list[KnownEntity]]:
    """Stored entities by each of `keys` they are found under (but those in `leave_out`)."""
    found: dict[str, list[KnownEntity]] = defaultdict(list)
    made: dict[int, KnownEntity] = {}
    for key, entity_id, name, kind, aliases, mentions in _keyed(session, EntityName, keys):
        if entity_id in leave_out:
            continue
        if entity_id not in made:
            made[entity_id] = KnownEntity.of(entity_id, name, kind, aliases, mentions)
        found[key].append(made[entity_id])
    return found


def bodies_by_variant(
    session: Session, keys: Iterable[str], leave_out: AbstractSet[int]
) -> dict[str, list[KnownEntity]]:
    """Stored organisations a short form among `keys` could stand for (`EntityVariant`)."""
    found: dict[str, list[KnownEntity]] = defaultdict(list)
    for key, entity_id, name, kind, aliases, mentions in _keyed(session, EntityVariant, keys):
        if entity_id not in leave_out:
            found[key].append(KnownEntity.of(entity_id, name, kind, aliases, mentions))
    return found


def _keyed(session: Session, names: Any, keys: Iterable[str]) -> Iterator[Any]:
    """(key, id, name, kind, aliases, mentions) of the entities `names` (a table of an entity's
    keys: EntityName or EntityVariant) files under each of `keys`, read a chunk of keys at a time."""
    for chunk in chunks(k[:256] for k in keys):
        yield from session.connection().execute(
            select(names.key, Entity.id, Entity.name, Entity.kind, Entity.aliases, Entity.mentions)
            .join(Entity, names.entity_id == Entity.id)
            .where(names.key.in_(chunk))
        )
