"""Which stored entities an edit's released mentions could be linked with.

By the rules of `link_entities`; the bearers of a lone surname are stood in for by a few
grouped rows.

Two mentions are linked by the same name, a full alias, the same first and last word of a
person's full name, a lone surname given to one of its bearers, or an organisation's short form.
A person who merely shares a surname with a released one is not released with all its mentions
(the generated cast has 48 bearers of each surname): only the entities holding a lone mention of
that surname are, since where a lone surname goes depends on every bearer's weight and roles.
The refresh then links the released mentions with *proxies* of the other bearers of the lone
surnames among them (their full-name mentions, grouped: the same weights and roles), so a lone
surname goes where a rebuild sends it; a bearer it joins is released too and linked again.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from sqlalchemy import Text, cast, func, select
from sqlalchemy.orm import Session

from briefings.analysis.common.given_names.gender import titled_gender
from briefings.analysis.common.names import (
    PLACE_SYNONYMS,
    name_key,
    org_variant_keys,
    surname_keys,
)
from briefings.analysis.linking.records import MentionInput
from briefings.models import Entity, EntityName, EntityVariant, Mention
from briefings.refresh.writes.rows import sorted_chunks

__all__ = ["Forms", "bearer_proxies", "closure", "lone_keys"]

Form = tuple[str, str, tuple[str, ...]]  # kind, name, aliases of one mention


def _name_keys(kind: str, name: str) -> set[str]:
    key = name_key(name)
    return {key, PLACE_SYNONYMS.get(key, key)} if kind == "place" else {key}


@dataclass
class Forms:
    """What the released mentions could be linked by."""

    names: set[str] = field(default_factory=set)  # name keys of names and of full aliases
    ends: set[tuple[str, str]] = field(default_factory=set)  # a full name's first and last word
    surnames: set[str] = field(default_factory=set)  # surnames borne by full names
    lone: set[str] = field(default_factory=set)  # persons named by one word
    variants: set[str] = field(default_factory=set)  # organisations' shorter keys

    def add(self, kind: str, name: str, aliases: Iterable[str]) -> None:
        self.names |= _name_keys(kind, name)
        key = name_key(name)
        if kind == "person":
            words = key.split()
            if titled_gender(key):  # "Mrs Dalton": as a lone "Dalton", her title aside
                self.lone.add(" ".join(words[1:]))
            if len(words) > 1:
                self.ends.add((words[0], words[-1]))
                self.surnames.update(surname_keys(key))
            elif key:
                self.lone.add(key)
            self.names |= {k for a in aliases if len((k := name_key(a)).split()) > 1}
        elif kind == "organisation":
            self.variants.update(org_variant_keys(key))

    def search_keys(self) -> set[str]:
        """The lookup keys (`EntityName`) of every entity that could hold a linked mention."""
        return {k[:256] for k in self.names | self.surnames | self.lone | self.variants if k}

    def joins(self, kind: str, name: str, aliases: Iterable[str]) -> bool:
        """Whether a stored mention of these forms could be linked with a released one (or its
        lone surname go elsewhere for them)."""
        if _name_keys(kind, name) & self.names:
            return True
        key = name_key(name)
        if kind == "person":
            words = key.split()
            lone = " ".join(words[1:]) if titled_gender(key) else key if len(words) == 1 else ""
            if lone and (lone in self.surnames or lone in self.lone):
                return True  # a lone surname, or one under a courtesy title
            if len(words) > 1 and (words[0], words[-1]) in self.ends:
                return True
            return any(len((k := name_key(a)).split()) > 1 and k in self.names for a in aliases)
        if kind == "organisation":
            return key in self.variants or bool(set(org_variant_keys(key)) & self.names)
        return False


def _forms_of(session: Session, entity_ids: Iterable[int]) -> dict[int, list[Form]]:
    """Each entity's mention forms, read as grouped rows (each name with its alias list)."""
    found: dict[int, list[Form]] = defaultdict(list)
    written = cast(Mention.aliases, Text)
    for ids in sorted_chunks(entity_ids):
        for entity_id, kind, name, aliases in session.connection().execute(
            select(Mention.entity_id, Mention.kind, Mention.name, written)
            .where(Mention.entity_id.in_(ids))
            .group_by(Mention.entity_id, Mention.kind, Mention.name, written)
        ):
            if entity_id is not None:
                found[entity_id].append((kind, name, tuple(json.loads(aliases))))
    return found


def closure(
    session: Session,
    entity_ids: AbstractSet[int],
    forms: Iterable[Form],
    skip: AbstractSet[int] = frozenset(),
) -> set[int]:
    """`entity_ids` with every stored entity (but those in `skip`, patched: no other entity
    holds their keys) whose mentions could be linked with theirs or with mentions of `forms`,
    and so on until nothing more is found (every body a short form could stand for, from
    `entity_variants`, goes too: a rebuild weighs them all)."""
    linked = Forms()
    for form in forms:
        linked.add(*form)
    released = set(entity_ids) - skip
    read = _forms_of(session, released)
    fresh = set(released)
    pending: set[int] = set()
    searched: set[str] = set()
    while fresh:
        for entity_id in fresh:
            for form in read.get(entity_id, ()):
                linked.add(*form)
        keys = sorted(linked.search_keys() - searched)
        searched.update(keys)
        holders: set[int] = set()
        bodies: set[int] = set()
        for chunk in sorted_chunks(keys):
            holders.update(
                session.scalars(select(EntityName.entity_id).where(EntityName.key.in_(chunk)))
            )
            bodies.update(
                session.scalars(select(EntityVariant.entity_id).where(EntityVariant.key.in_(chunk)))
            )
        known = released | skip
        unread = holders - known - read.keys()
        read.update(_forms_of(session, unread))
        pending |= holders - known
        fresh = (bodies - known) | {
            i for i in pending if any(linked.joins(*form) for form in read.get(i, ()))
        }
        pending -= fresh
        released |= fresh
    return released


def lone_keys(mentions: Iterable[MentionInput]) -> set[str]:
    """The keys of the persons among `mentions` named by one word, a courtesy title aside
    ("Mrs Dalton": where she goes depends on every bearer of "Dalton", as a lone surname's)."""
    keys = (name_key(m.name) for m in mentions if m.kind == "person")
    return {
        " ".join(k.split()[1:]) if titled_gender(k) else k  # "Mrs Dalton": "dalton"
        for k in keys
        if k and (len(k.split()) == 1 or titled_gender(k))
    }


def bearer_proxies(
    session: Session, lone: AbstractSet[str], leave_out: AbstractSet[int]
) -> tuple[list[MentionInput], dict[int, int]]:
    """Stand-ins for the stored persons (but `leave_out`) bearing one of the `lone` surnames: one
    mention per distinct full name, alias list and role of theirs, its count the sum of theirs
    (what `link_entities` weighs a bearer by), with negative ids; and each stand-in's entity."""
    if not lone:
        return [], {}
    bearers: set[int] = set()
    for chunk in sorted_chunks(k[:256] for k in lone):
        bearers.update(
            session.scalars(
                select(EntityName.entity_id)
                .join(Entity, Entity.id == EntityName.entity_id)
                .where(EntityName.key.in_(chunk), Entity.kind == "person")
            )
        )
    proxies: list[MentionInput] = []
    owner: dict[int, int] = {}
    written = cast(Mention.aliases, Text)
    columns = (Mention.entity_id, Mention.name, Mention.kind, Mention.role, written)
    for ids in sorted_chunks(bearers - leave_out):
        for entity_id, name, kind, role, aliases, count in session.connection().execute(
            select(*columns, func.sum(Mention.count))
            .where(Mention.entity_id.in_(ids))
            # ordered: the stand-ins come the same on every backend
            .group_by(*columns)
            .order_by(*columns)
        ):
            if entity_id is None or kind != "person" or len(name_key(name).split()) < 2:
                continue
            proxy = -1 - len(proxies)
            owner[proxy] = entity_id
            aliases_ = tuple(json.loads(aliases))
            proxies.append(MentionInput(proxy, 0, name, kind, role, aliases_, int(count)))
    return proxies, owner
