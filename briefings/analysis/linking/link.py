"""Per-article entities linked across articles: same names, aliases, lone surnames, short forms."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from briefings.analysis.common.given_names.gender import person_gender, titled_gender
from briefings.analysis.common.names import (
    NAME_SUFFIXES,
    PLACE_SYNONYMS,
    name_key,
    org_variant_keys,
    surname_keys,
)
from briefings.analysis.linking.records import MentionInput, StoryEntity
from briefings.analysis.linking.summary import story_entity


def link_entities(mentions: Sequence[MentionInput]) -> list[StoryEntity]:
    """Group per-article entities that name the same person, organisation or place.

    Same name (ignoring case, hyphens, accents) → same entity; a lone surname joins the one full
    name that carries it (or, among several, the one with the same role; never the one merely
    named more often: an article naming neither does not say which it means, issue 15); a
    surname under a courtesy title ("Mrs Dalton") joins the one full name of that surname whose
    first name is not of the other gender (Ruth Dalton beside Mark Dalton; no one of two women);
    "Treasury" joins "Treasury Department" when no other organisation could claim it.
    Linear in the number of mentions.
    """
    links = _UnionFind(len(mentions))
    keys = [mention_key(m) for m in mentions]
    first_with: dict[tuple[str, str], int] = {}
    for i, key in enumerate(keys):
        links.union(first_with.setdefault(key, i), i)
    _link_person_aliases(mentions, keys, first_with, links)
    _link_surnames(mentions, keys, first_with, links)
    _link_org_variants(keys, first_with, links)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(mentions)):
        groups[links.find(i)].append(i)
    entities = [story_entity([mentions[i] for i in members]) for members in groups.values()]
    return sorted(entities, key=lambda e: (-e.mentions, e.name))


def mention_key(m: MentionInput) -> tuple[str, str]:
    key = name_key(m.name)
    return (m.kind, PLACE_SYNONYMS.get(key, key) if m.kind == "place" else key)


def _link_person_aliases(
    mentions: Sequence[MentionInput],
    keys: Sequence[tuple[str, str]],
    first_with: dict[tuple[str, str], int],
    links: _UnionFind,
) -> None:
    """Full names that differ in form only: an alias "Kim Jong-un" or "John F. Kennedy"."""
    by_ends: dict[tuple[str, str, str], int] = {}
    for i, (kind, key) in enumerate(keys):
        words = key.split()
        if kind != "person" or len(words) < 2:
            continue
        suffix = words[-1] if len(words) > 2 and words[-1] in NAME_SUFFIXES else ""
        surname = words[-2] if suffix else words[-1]  # round 48: "Lamar Smith Jr." is not
        links.union(by_ends.setdefault((words[0], surname, suffix), i), i)  # Lamar T. Greene Jr.
        for alias in mentions[i].aliases:
            other = first_with.get(("person", name_key(alias)))
            if other is not None and len(name_key(alias).split()) > 1:
                links.union(other, i)


def _link_surnames(
    mentions: Sequence[MentionInput],
    keys: Sequence[tuple[str, str]],
    first_with: dict[tuple[str, str], int],
    links: _UnionFind,
) -> None:
    """A person known only by one word joins the full name that word stands for."""
    _link_titled(mentions, keys, links)  # first: "Mrs Dalton" joined to Ruth is no other bearer
    bearers: dict[str, set[int]] = defaultdict(set)
    roles: dict[int, set[str]] = defaultdict(set)
    for i, (kind, key) in enumerate(keys):
        if kind == "person" and len(key.split()) > 1:
            root = links.find(i)
            for s in surname_keys(key):
                bearers[s].add(root)
            role = mentions[i].role
            if role:
                roles[root].add(name_key(role))
    for i, (kind, key) in enumerate(keys):
        if kind != "person" or len(key.split()) > 1 or key not in bearers:
            continue
        candidates = sorted(bearers[key])
        role = name_key(mentions[i].role or "")
        same_role = [r for r in candidates if role and role in roles[r]]
        if len(candidates) == 1 or len(same_role) == 1:
            links.union((same_role or candidates)[0], i)


def _link_titled(
    mentions: Sequence[MentionInput], keys: Sequence[tuple[str, str]], links: _UnionFind
) -> None:
    """A surname under a courtesy title ("Mrs Dalton", "Mr. Dalton") joins the one full name
    of that surname the title's gender allows: every other bearer's first name is of the other
    gender (issue 15). A bearer whose first name tells no gender ("Pat Dalton") is allowed."""
    full: dict[str, list[int]] = defaultdict(list)  # surname -> full names (no title) bearing it
    for i, (kind, key) in enumerate(keys):
        if kind == "person" and len(key.split()) > 1 and titled_gender(key) is None:
            for s in surname_keys(key):
                full[s].append(i)
    for i, (kind, key) in enumerate(keys):
        want = titled_gender(key) if kind == "person" else None
        surname = " ".join(key.split()[1:])
        if want is None or surname not in full:
            continue
        genders: dict[int, set[str | None]] = defaultdict(set)
        for j in full[surname]:
            genders[links.find(j)].add(person_gender(mentions[j].name))
        fits = [root for root, said in genders.items() if said - {None} <= {want}]
        if len(fits) == 1:
            links.union(fits[0], i)


def _link_org_variants(
    keys: Sequence[tuple[str, str]], first_with: dict[tuple[str, str], int], links: _UnionFind
) -> None:
    """ "Treasury" joins "Treasury Department" when it is the only organisation it can shorten."""
    claims: dict[str, set[str]] = defaultdict(set)
    for kind, key in first_with:
        if kind == "organisation":
            for variant in org_variant_keys(key):
                claims[variant].add(key)
    for variant, longer in claims.items():
        short = first_with.get(("organisation", variant))
        if short is not None and len(longer) == 1:
            links.union(first_with[("organisation", next(iter(longer)))], short)


class _UnionFind:
    def __init__(self, size: int) -> None:
        self._parent = list(range(size))

    def find(self, i: int) -> int:
        while self._parent[i] != i:
            self._parent[i] = self._parent[self._parent[i]]
            i = self._parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)
