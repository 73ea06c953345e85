"""The stored entities a batch's new names extend, released to be linked again with them.

A new mention joins a stored entity of its own name (`join_known`), but a rebuild links more:
a full name with a stored lone surname ("Kevin Hayek" and a stored "Hayek"), with another
full name of the same first and last word ("Joel B. Pollak" and "Joel Pollak"), with the
holder of a full alias it gives, and an organisation with its stored short form ("U.S. Army"
and "Army"). Only the stored entities a new name so extends are released (release.py) and
linked again with the new mentions, with the bearers and claimants a rebuild weighs beside
them. A name the story already holds extends nothing: where its surname's lone mentions go
could change with its weight (a rebuild weighs the bearers anew), but releasing the holders of
every lone surname a batch names again costs as much as a rebuild of them. Cheap: a few
indexed reads of keys and entity rows."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Text, cast, select
from sqlalchemy.orm import Session

from briefings.analysis.common.given_names.gender import titled_gender
from briefings.analysis.common.names import name_key, org_variant_keys, surname_keys
from briefings.analysis.linking.keys import person_keys, query_key
from briefings.models import Entity, EntityName, EntityVariant, Mention, ReleasedEntity
from briefings.refresh.release import release_entities, release_styled_speakers
from briefings.refresh.writes.rows import chunks

__all__ = ["release_extended"]

Form = tuple[str, str, tuple[str, ...]]  # kind, name, aliases of new mentions


def _new_forms(session: Session) -> list[Form]:
    """The distinct forms of the mentions not linked yet."""
    written = cast(Mention.aliases, Text)
    return [
        (kind, name, tuple(json.loads(aliases) or ()) if aliases else ())
        for kind, name, aliases in session.connection().execute(
            select(Mention.kind, Mention.name, written)
            .where(Mention.entity_id.is_(None))
            .group_by(Mention.kind, Mention.name, written)
        )
    ]


def _holders(session: Session, table: type, keys: Iterable[str]) -> dict[str, set[int]]:
    """The stored entities filed under each of `keys` in `table` (EntityName or EntityVariant)."""
    found: dict[str, set[int]] = defaultdict(set)
    for chunk in chunks(sorted({k[:256] for k in keys if k})):
        for key, entity_id in session.connection().execute(
            select(table.key, table.entity_id).where(table.key.in_(chunk))  # type: ignore[attr-defined]
        ):
            found[key].add(entity_id)
    return found


def _form_keys(session: Session, entity_ids: Iterable[int]) -> dict[int, tuple[str, set[str]]]:
    """Each entity's kind and the name keys of its name and aliases."""
    found: dict[int, tuple[str, set[str]]] = {}
    for chunk in chunks(sorted(set(entity_ids))):
        for entity_id, kind, name, aliases in session.connection().execute(
            select(Entity.id, Entity.kind, Entity.name, Entity.aliases).where(Entity.id.in_(chunk))
        ):
            found[entity_id] = (kind, {name_key(f) for f in (name, *aliases)})
    return found


def release_extended(session: Session) -> set[str]:
    """Release the stored entities a new mention extends (see the module's docstring). The keys
    a quote's speaker may be answered by once they are linked: the new names' (and a full
    name's surname), the released entities' (joined, a short form means one body)."""
    knighted = _released_knights(session)
    forms = _new_forms(session)
    if not forms:
        return knighted
    answered = knighted | {
        k[:256]
        for kind, name, aliases in forms
        for k in (query_key(name), *map(query_key, aliases), *_surnames(kind, name))
    }
    knights = {k for kind, name, aliases in forms for k in person_keys(kind, (name, *aliases))}
    if knights:  # "Sir Alan" of a stored Alan Sugar may now be Alan Johnson too: asked again
        release_styled_speakers(session, knights)
        answered |= knights
    persons: list[tuple[str, tuple[str, ...], set[str]]] = []  # key, surnames, full aliases
    organisations: list[tuple[str, tuple[str, ...]]] = []  # key, shorter keys
    wanted: set[str] = set()
    for kind, name, aliases in forms:
        key = name_key(name)
        if kind == "person":
            full = {k for a in aliases if len((k := name_key(a)).split()) > 1} - {key}
            surnames = surname_keys(key) if len(key.split()) > 1 else ()
            if surnames or full:
                persons.append((key, surnames, full))
                wanted |= {key, *surnames, *full}
        elif kind == "organisation":
            variants = org_variant_keys(key)
            if variants:
                organisations.append((key, variants))
                wanted |= {key, *variants}
    holders = _holders(session, EntityName, wanted)
    rows = _form_keys(  # but those a new name joins: no need to read their (many) forms
        session,
        {
            i
            for key, surnames, _ in persons
            for s in surnames
            for i in holders.get(s, ())
            if i not in holders.get(key, ())
        }
        | {
            i
            for key, variants in organisations
            if not holders.get(key)
            for v in variants
            for i in holders.get(v, ())
        },
    )
    released: set[int] = set()
    for key, surnames, full in persons:
        joins = holders.get(key, set())
        extended: set[int] = set()
        for alias in full:  # a full alias: its holders and the new name's are one person
            extended |= holders.get(alias, set()) - joins
        words = key.split()
        for surname in surnames:
            for entity_id in holders.get(surname, set()) - joins:
                kind, keys = rows[entity_id]
                if kind != "person":
                    continue
                if not joins and (surname in keys or _titled(surname, keys)):  # holds the
                    released.add(entity_id)  # lone surname ("Mrs Dalton") a new bearer may claim
                if any(
                    len(k.split()) > 1 and k.split()[0] == words[0] and k.split()[-1] == words[-1]
                    for k in keys
                ):
                    extended.add(entity_id)  # the same first and last word
        if extended:
            released |= extended | joins  # made one again, named as a rebuild names it
    short: set[str] = set()
    for key, variants in organisations:
        if holders.get(key):  # a body the story holds: no new claim on any short form
            continue
        for variant in variants:
            found = {i for i in holders.get(variant, ()) if rows[i][0] == "organisation"}
            if found:
                released |= found
                short.add(variant)
    for bodies in _holders(session, EntityVariant, short).values():
        released |= bodies  # every body a released short form could stand for is weighed
    if released:
        release_entities(session, released)
        for _, keys in _form_keys(session, released).values():
            answered |= {k[:256] for k in keys}
    return answered


def _released_knights(session: Session) -> set[str]:
    """The keys the released persons answer to under a knight's or a dame's style ("sir alan"):
    a "Sir Alan" of no one, for two Alans, may be the one an edit or a forget leaves (a lone
    given name under a style is no mention: nothing else releases it)."""
    released = select(ReleasedEntity.entity_id)
    return {
        k[:256]
        for name, aliases in session.execute(
            select(Entity.name, Entity.aliases).where(
                Entity.id.in_(released.scalar_subquery()), Entity.kind == "person"
            )
        )
        for k in person_keys("person", (name, *aliases))
    }


def _surnames(kind: str, name: str) -> tuple[str, ...]:
    key = name_key(name)
    return surname_keys(key) if kind == "person" and len(key.split()) > 1 else ()


def _titled(surname: str, keys: set[str]) -> bool:
    """Whether one of the keys is the surname under a courtesy title ("mrs dalton")."""
    return any(titled_gender(k) and k.split()[1:] == surname.split() for k in keys)
