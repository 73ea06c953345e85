"""An article about to be replaced or forgotten lets go of the story rows it touched.

Called in the transaction that deletes the article, before the delete: every entity named in it,
every quote cluster, point group and event group holding one of its rows is dissolved, and their
remaining members go back to unlinked (NULL cluster), as a new article's rows are; entities are
recorded in `released_entities`, their mentions left in place (writing them costs more than
linking them).
Entities go with every stored entity whose mentions could be linked with theirs (the same name,
a full alias, a full name's first and last word, a lone surname one of them bears, an
organisation's shorter form: entities/linkage.py), to a closure, and so do those a replacing article's
names could join (`release_names`): linking them again from their mentions (beside stand-ins for
the other bearers of a lone surname among them) decides what a full rebuild decides. Quotes
whose speaker is written as a name they answer to are attributed again, whoever spoke them.
The next incremental refresh (`storyline.refresh_story`) then links and groups them again with
the article's new rows, if any: only what the edit touched is recomputed, and the story owes no
full rebuild. A kill before the commit leaves the old article and its groups whole; after it,
the refresh is owed like any other (state.py)."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet

from sqlalchemy import Text, cast, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from briefings.analysis.common.given_names.gender import GIVEN_NAME_STYLES
from briefings.analysis.common.names import name_key, org_variant_keys, surname_keys
from briefings.analysis.linking.keys import query_key
from briefings.models import (
    Entity,
    EntityName,
    Event,
    EventGroup,
    Mention,
    PatchedEntity,
    Point,
    PointGroup,
    Quote,
    ReleasedEntity,
)
from briefings.refresh.entities.linkage import closure
from briefings.refresh.groups.point_groups import bounded_region, small
from briefings.refresh.groups.point_region import RELEASED, point_region
from briefings.refresh.writes.rows import chunks, sorted_chunks

__all__ = ["patch_entities", "release_articles", "release_entities", "release_names"]

PATCHED_FROM = 10  # mentions from which a place or organisation is patched, not linked anew


def _values(session: Session, column: object, where: object) -> set[int]:
    return {v for v in session.scalars(select(column).where(where)) if v is not None}  # type: ignore[call-overload]


def release_articles(session: Session, article_ids: Iterable[int]) -> None:
    """Dissolve the story rows the articles' own rows belong to (see the module's docstring)."""
    for chunk in sorted_chunks(article_ids):
        named = _values(session, Mention.entity_id, Mention.article_id.in_(chunk))
        patched = {i for i in _large(session, named) if _patchable(session, i, chunk, [])}
        patch_entities(session, patched)
        release_entities(session, closure(session, named - patched, [], patched))
        quotes = _values(session, Quote.cluster, Quote.article_id.in_(chunk))
        _release_quote_clusters(session, quotes)
        _release_point_region(session, chunk)
        events = _values(session, Event.cluster, Event.article_id.in_(chunk))
        for ids in sorted_chunks(events):
            session.execute(update(Event).where(Event.cluster.in_(ids)).values(cluster=None))
            session.execute(delete(EventGroup).where(EventGroup.id.in_(ids)))


def _release_point_region(session: Session, article_ids: list[int]) -> None:
    """The point groups of the articles' points dissolved, with those of the points linked to
    them (groups/point_region.py: in a story of up to EXACT_UP_TO points, those one link away;
    in a larger one, the whole region when its walk reads at most REGION_UP_TO stored points),
    and the members marked RELEASED: the refresh regroups the whole region they are linked to
    (once the articles' own points are gone, their links go through these). Otherwise only the
    groups of the articles' own points, the members back to ungrouped (NULL), to be grouped
    with the stored window as new points are."""
    own = session.scalars(select(Point.id).where(Point.article_id.in_(article_ids))).all()
    region = point_region(session, own, steps=1) if small(session) else bounded_region(session, own)
    if region is not None:
        groups = {g for _, g in region if g is not None and g > 0}
        mark = RELEASED
    else:
        groups = _values(session, Point.cluster, Point.article_id.in_(article_ids)) - {RELEASED}
        mark = None
    for ids in sorted_chunks(groups):
        session.execute(
            update(Point).where(Point.cluster.in_(ids)).values(cluster=mark, support=1.0)
        )
        session.execute(delete(PointGroup).where(PointGroup.id.in_(ids)))


def release_names(session: Session, article_id: int) -> None:
    """Release the stored entities the names of a replacing article could join, with their
    closure (its own mentions are new: not linked yet)."""
    keys: set[str] = set()
    named: set[str] = set()  # the keys its names are written under
    combos: dict[str, list[tuple[str, str, str]]] = {}  # key -> (kind, name, aliases) with it
    forms: list[tuple[str, str, tuple[str, ...]]] = []
    for name, kind, aliases, written in session.execute(
        select(
            Mention.name,
            Mention.kind,
            Mention.aliases,
            cast(Mention.aliases, Text).label("written"),
        ).where(Mention.article_id == article_id)
    ):
        keys |= _keys_of(kind, [name, *aliases])
        forms.append((kind, name, tuple(aliases)))
        for key in _keys_of(kind, [name]):
            named.add(key)
            combos.setdefault(key, []).append((kind, name, written))
    patched = set()
    for chunk in chunks(sorted(named)):
        holders = _holders(session, chunk)
        for entity_id in _large(session, set(holders)):
            joining = [c for key in holders[entity_id] for c in combos[key]]
            if _patchable(session, entity_id, [], joining):
                patched.add(entity_id)
    released = set(session.scalars(select(ReleasedEntity.entity_id)))
    patched -= released  # released whole by the old text: linked anew anyway
    patch_entities(session, patched)
    release_entities(session, closure(session, set(), forms, patched), keys)


def _keys_of(kind: str, forms: Iterable[str]) -> set[str]:
    """Every lookup key a mention or entity of these forms is stored or searched under."""
    keys = {k for f in forms for k in (name_key(f), query_key(f))}
    for key in list(keys):
        if kind == "person":
            keys.update(surname_keys(key))
        elif kind == "organisation":
            keys.update(org_variant_keys(key))
    return {k[:256] for k in keys if k}


def _holders(session: Session, keys: list[str]) -> dict[int, set[str]]:
    """The stored entities holding each of `keys` as a lookup key: entity id -> keys."""
    found: dict[int, set[str]] = {}
    for entity_id, key in session.execute(
        select(EntityName.entity_id, EntityName.key).where(EntityName.key.in_(keys))
    ):
        found.setdefault(entity_id, set()).add(key)
    return found


def _large(session: Session, entity_ids: set[int]) -> set[int]:
    """Among `entity_ids`, the places and organisations named PATCHED_FROM times or more."""
    found: set[int] = set()
    for ids in sorted_chunks(entity_ids):
        found |= set(
            session.scalars(
                select(Entity.id).where(
                    Entity.id.in_(ids),
                    Entity.kind.in_(("place", "organisation")),
                    Entity.mentions >= PATCHED_FROM,
                )
            )
        )
    return found


def _patchable(
    session: Session,
    entity_id: int,
    leaving: list[int],
    joining: list[tuple[str, str, str]],
) -> bool:
    """Whether a rebuild would make the entity of the same mentions, but those of the articles
    `leaving` and with the new mentions `joining` (kind, name, aliases as stored): every name and
    alias list they bring or take is one its other mentions write too (so no key, alias or
    claim of a shorter form changes), and no other entity answers to its keys (so no quote
    changes speaker). A cheap test: a few indexed reads over one entity's mentions."""
    kind = session.scalar(select(Entity.kind).where(Entity.id == entity_id))
    combo = (Mention.name, cast(Mention.aliases, Text).label("written"))
    mine = Mention.entity_id == entity_id
    staying = {
        (name, written)
        for name, written in session.execute(
            select(*combo).where(mine, Mention.article_id.not_in(leaving)).group_by(*combo)
        )
    }
    if leaving:
        going = session.execute(
            select(*combo).where(mine, Mention.article_id.in_(leaving)).group_by(*combo)
        )
        if any((name, written) not in staying for name, written in going):
            return False
    if any(k != kind or (n, a) not in staying for k, n, a in joining):
        return False
    keys = select(EntityName.key).where(EntityName.entity_id == entity_id)
    shared = select(EntityName.id).where(
        EntityName.key.in_(keys.scalar_subquery()), EntityName.entity_id != entity_id
    )
    return session.scalar(shared.limit(1)) is None


def patch_entities(session: Session, entity_ids: set[int]) -> None:
    """Recorded as patched: the refresh recomputes their figures from their mentions."""
    known = set(session.scalars(select(PatchedEntity.entity_id)))
    fresh = sorted(entity_ids - known)
    if fresh:
        session.execute(insert(PatchedEntity), [{"entity_id": i} for i in fresh])


def release_entities(
    session: Session, entity_ids: AbstractSet[int], keys: AbstractSet[str] = frozenset()
) -> None:
    """The entities recorded as released (but those already): the refresh links their mentions
    anew (an entity keeps its id where most of its mentions stay together; what becomes of the
    quotes they spoke: entities/speakers.py). The quotes of other entities answering to one of their
    keys (or to `keys`), whose speaker is written as that key, go back to unattributed, with their
    clusters, to be attributed and clustered again: "Castillo" may now mean another Castillo."""
    known = set(session.scalars(select(ReleasedEntity.entity_id)))
    fresh = sorted(set(entity_ids) - known)
    if fresh:
        session.execute(insert(ReleasedEntity), [{"entity_id": i} for i in fresh])
        for ids in sorted_chunks(fresh):  # linked anew: no patch needed
            session.execute(delete(PatchedEntity).where(PatchedEntity.entity_id.in_(ids)))
    _release_namesakes_quotes(session, fresh, keys, known | set(fresh))


def release_styled_speakers(session: Session, keys: AbstractSet[str]) -> None:
    """The quotes attributed to someone whose speaker is written under a style before a given
    name and answers to one of `keys` ("Sir Alan" to "sir alan") go back to unattributed: a new
    Alan named in full may be the one meant. Only speakers written with such a style are read
    (every new full name asks: the quotes of every stored Alan would be many)."""
    styled = or_(*(func.lower(Quote.speaker).like(f"{style} %") for style in GIVEN_NAME_STYLES))
    _release_namesakes_quotes(session, [], keys, set(), styled)


def _release_namesakes_quotes(
    session: Session,
    entity_ids: list[int],
    keys: AbstractSet[str],
    released: AbstractSet[int],
    written: ColumnElement[bool] | None = None,
) -> None:
    """Quotes spoken (as attributed) by entities not `released`, whose speaker is written as a
    key that one of `entity_ids` (or `keys`) answers to, go back to unattributed and unclustered
    (only those whose speaker meets `written`, when given)."""
    answered = set(keys)
    for ids in sorted_chunks(entity_ids):
        for kind, name, aliases in session.execute(
            select(Entity.kind, Entity.name, Entity.aliases).where(Entity.id.in_(ids))
        ):
            answered |= _keys_of(kind, [name, *aliases])
    if not answered:
        return
    holders: set[int] = set()
    for chunk in chunks(sorted(answered)):
        holders.update(
            session.scalars(select(EntityName.entity_id).where(EntityName.key.in_(chunk)))
        )
    quotes: list[int] = []
    clusters: set[int] = set()
    for ids in sorted_chunks(holders - released):
        query = select(Quote.id, Quote.speaker, Quote.cluster).where(Quote.speaker_id.in_(ids))
        for quote_id, speaker, cluster in session.execute(
            query if written is None else query.where(written)
        ):
            if speaker is not None and query_key(speaker)[:256] in answered:
                quotes.append(quote_id)
                if cluster is not None:
                    clusters.add(cluster)
    _release_quote_clusters(session, clusters)
    for ids in sorted_chunks(quotes):
        session.execute(update(Quote).where(Quote.id.in_(ids)).values(speaker_id=None))


def _release_quote_clusters(session: Session, clusters: set[int]) -> None:
    for ids in sorted_chunks(clusters):
        session.execute(update(Quote).where(Quote.cluster.in_(ids)).values(cluster=None))
