"""An article about to be replaced or forgotten lets go of the story rows it touched.

Called in the transaction that deletes the article, before the delete: every entity named in it,
every quote cluster, point group and event group holding one of its rows is dissolved, and their
remaining members go back to unlinked (NULL cluster), as a new article's rows are; entities are
recorded in `released_entities`, their mentions left in place (writing them costs more than
linking them).
Entities go with every stored entity they could be linked with (any lookup key in common: a
shared name, alias or surname, an organisation's shorter form), to a closure, and so do those
a replacing article's names could join (`release_names`): linking them again from their
mentions decides what a full rebuild decides, since no mention outside them could join them.
The next incremental refresh (`storyline.refresh_story`) then links and groups them again with
the article's new rows, if any: only what the edit touched is recomputed, and the story owes no
full rebuild. A kill before the commit leaves the old article and its groups whole; after it,
the refresh is owed like any other (state.py)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from briefings.analysis.common.names import name_key, org_variant_keys, surname_keys
from briefings.analysis.linking import query_key
from briefings.models import (
    Entity,
    EntityName,
    EntityVariant,
    Event,
    EventGroup,
    Mention,
    Point,
    PointGroup,
    Quote,
    ReleasedEntity,
)

__all__ = ["release_articles", "release_names"]

CHUNK = 500  # values per IN list


def _chunks(values: Iterable[int]) -> Iterable[list[int]]:
    items = sorted(set(values))
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _values(session: Session, column: object, where: object) -> set[int]:
    return {v for v in session.scalars(select(column).where(where)) if v is not None}  # type: ignore[call-overload]


def release_articles(session: Session, article_ids: Iterable[int]) -> None:
    """Dissolve the story rows the articles' own rows belong to (see the module's docstring)."""
    for chunk in _chunks(article_ids):
        _release_entities(
            session, _values(session, Mention.entity_id, Mention.article_id.in_(chunk))
        )
        quotes = _values(session, Quote.cluster, Quote.article_id.in_(chunk))
        _release_quote_clusters(session, quotes)
        points = _values(session, Point.cluster, Point.article_id.in_(chunk))
        events = _values(session, Event.cluster, Event.article_id.in_(chunk))
        for ids in _chunks(points):
            session.execute(
                update(Point).where(Point.cluster.in_(ids)).values(cluster=None, support=1.0)
            )
            session.execute(delete(PointGroup).where(PointGroup.id.in_(ids)))
        for ids in _chunks(events):
            session.execute(update(Event).where(Event.cluster.in_(ids)).values(cluster=None))
            session.execute(delete(EventGroup).where(EventGroup.id.in_(ids)))


def release_names(session: Session, article_id: int) -> None:
    """Release the stored entities the names of a replacing article could join, with their
    closure (its own mentions are new: not linked yet)."""
    keys: set[str] = set()
    for name, kind, aliases in session.execute(
        select(Mention.name, Mention.kind, Mention.aliases).where(Mention.article_id == article_id)
    ):
        keys |= _keys_of(kind, [name, *aliases])
    _release_entities(session, _closure(session, set(), keys))


def _keys_of(kind: str, forms: Iterable[str]) -> set[str]:
    """Every lookup key a mention or entity of these forms is stored or searched under."""
    keys = {k for f in forms for k in (name_key(f), query_key(f))}
    for key in list(keys):
        if kind == "person":
            keys.update(surname_keys(key))
        elif kind == "organisation":
            keys.update(org_variant_keys(key))
    return {k[:256] for k in keys if k}


def _closure(session: Session, entity_ids: set[int], keys: set[str]) -> set[int]:
    """`entity_ids` with every stored entity sharing a lookup key with them or holding one of
    `keys` (as a lookup key, or as an organisation's shorter key), and so on until nothing more
    is found."""
    found = set(entity_ids)
    searched: set[str] = set()
    fresh_ids = set(entity_ids)
    fresh_keys = set(keys)
    while fresh_ids or fresh_keys:
        for ids in _chunks(fresh_ids):
            for kind, name, aliases in session.execute(
                select(Entity.kind, Entity.name, Entity.aliases).where(Entity.id.in_(ids))
            ):
                fresh_keys |= _keys_of(kind, [name, *aliases])
            fresh_keys |= set(
                session.scalars(select(EntityName.key).where(EntityName.entity_id.in_(ids)))
            )
        fresh_keys -= searched
        searched |= fresh_keys
        fresh_ids = set()
        for chunk in _chunks_of(sorted(fresh_keys)):
            fresh_ids |= set(
                session.scalars(select(EntityName.entity_id).where(EntityName.key.in_(chunk)))
            )
            fresh_ids |= set(  # every body a short form could stand for (a rebuild weighs all)
                session.scalars(select(EntityVariant.entity_id).where(EntityVariant.key.in_(chunk)))
            )
        fresh_ids -= found
        found |= fresh_ids
        fresh_keys = set()
    return found


def _chunks_of(values: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def _release_entities(session: Session, entity_ids: set[int]) -> None:
    """The entities recorded as released: the refresh links their mentions anew (keeping an
    entity's id when they make the same entity). The quotes they spoke go back to unlinked, with
    those quotes' clusters (formed under that speaker), to be attributed and clustered again."""
    known = set(session.scalars(select(ReleasedEntity.entity_id)))
    fresh = sorted(entity_ids - known)
    for ids in _chunks(fresh):
        spoken = _values(session, Quote.cluster, Quote.speaker_id.in_(ids))
        _release_quote_clusters(session, spoken)
        session.execute(update(Quote).where(Quote.speaker_id.in_(ids)).values(speaker_id=None))
    if fresh:
        session.execute(insert(ReleasedEntity), [{"entity_id": i} for i in fresh])


def _release_quote_clusters(session: Session, clusters: set[int]) -> None:
    for ids in _chunks(clusters):
        session.execute(update(Quote).where(Quote.cluster.in_(ids)).values(cluster=None))
