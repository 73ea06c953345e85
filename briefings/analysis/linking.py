"""Story level: the people and organisations of every article linked into one cast."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from briefings.analysis.names import name_key
from briefings.analysis.people import surname


@dataclass(frozen=True)
class MentionInput:
    """An entity as one article names it (a stored mention)."""

    id: int
    article_id: int
    name: str
    kind: str
    role: str | None
    aliases: tuple[str, ...]
    count: int


@dataclass
class StoryEntity:
    """One person, organisation or place across the story."""

    name: str
    kind: str
    role: str | None
    aliases: list[str]
    mentions: int
    member_ids: list[int] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)

    def keys(self) -> set[str]:
        """Every name it answers to, compared without case, hyphens or dots."""
        return {name_key(n) for n in (self.name, *self.aliases)}


def _full(name: str) -> bool:
    return len(name.split()) > 1


def link_entities(mentions: Sequence[MentionInput]) -> list[StoryEntity]:
    """Merge mentions naming the same entity: same full name in any spelling, or its surname alone.

    A surname alone ("Sullivan") joins the full-named person with that surname mentioned most
    across the story; "Kim Yo Jong" stays apart from "Kim Jong Un" because both are full names.
    """
    groups: dict[tuple[str, str], list[MentionInput]] = defaultdict(list)
    singles: list[MentionInput] = []
    for mention in mentions:
        if mention.kind == "person" and not _full(mention.name):
            singles.append(mention)
        else:
            groups[(mention.kind, name_key(mention.name))].append(mention)
    by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for kind, key in groups:
        if kind == "person":
            by_surname[name_key(surname(groups[(kind, key)][0].name))].append((kind, key))
    for mention in singles:
        keys = by_surname.get(name_key(mention.name), [])
        if keys:
            best = max(keys, key=lambda k: sum(m.count for m in groups[k]))
            groups[best].append(mention)
        else:
            groups[("person", name_key(mention.name))].append(mention)
    return [_entity(kind, members) for (kind, _key), members in groups.items()]


def _entity(kind: str, members: list[MentionInput]) -> StoryEntity:
    names: Counter[str] = Counter()
    for m in members:
        names[m.name] += 1
    full = [n for n in names if _full(n)] or list(names)
    name = max(full, key=lambda n: (names[n], "-" not in n, len(n)))
    roles = Counter(m.role for m in members if m.role)
    role = max(roles, key=lambda r: (roles[r], len(r))) if roles else None
    aliases = sorted({a for m in members for a in (m.name, *m.aliases)} - {name})
    return StoryEntity(
        name=name,
        kind=kind,
        role=role,
        aliases=aliases,
        mentions=sum(m.count for m in members),
        member_ids=[m.id for m in members],
        article_ids=sorted({m.article_id for m in members}),
    )


def lookup_keys(entity: StoryEntity) -> set[str]:
    """The keys an entity is found by: every name and alias, and a person's surname."""
    keys = entity.keys()
    if entity.kind == "person":
        keys.add(name_key(surname(entity.name)))
    return {k for k in keys if k}


class EntityIndex:
    """Find entities by any of their names, by surname, or by closeness of spelling."""

    def __init__(self, entities: Iterable[StoryEntity]) -> None:
        self.entities = list(entities)
        self._by_key: dict[str, list[StoryEntity]] = defaultdict(list)
        for entity in self.entities:
            for key in lookup_keys(entity):
                self._by_key[key].append(entity)

    def matches(self, query: str) -> list[StoryEntity]:
        """Every entity the name could mean, most mentioned first."""
        found = self._by_key.get(name_key(query), [])
        return sorted(found, key=lambda e: -e.mentions)

    def lookup(self, query: str) -> StoryEntity | None:
        found = self.matches(query)
        return found[0] if found else None

    def speaker(self, name: str, article_id: int) -> StoryEntity | None:
        """The entity a quote's speaker names: one mentioned in the same article first."""
        found = self.matches(name)
        local = [e for e in found if article_id in e.article_ids]
        best = local or found
        return best[0] if best else None
