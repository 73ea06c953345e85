"""Story level who-is-who: per-article entities linked across articles, and lookups by name."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from briefings.analysis.common.names import (
    COURTESY,
    PLACE_SYNONYMS,
    name_key,
    org_variant_keys,
    surname_keys,
)

__all__ = [
    "EntityIndex",
    "KnownEntity",
    "MentionInput",
    "StoryEntity",
    "choose_speaker",
    "join_known",
    "link_entities",
    "lookup_keys",
    "ranked_roles",
    "search_keys",
    "summarise",
    "variant_keys",
]

_DOMINANT = 2.0  # a lone surname goes to the most named bearer when named this many times more


@dataclass(frozen=True)
class MentionInput:
    """One entity as found in one article (a stored FoundEntity)."""

    id: int
    article_id: int
    name: str
    kind: str  # an EntityKind: "person", "organisation" or "place"
    role: str | None = None
    aliases: tuple[str, ...] = ()
    count: int = 1


@dataclass(frozen=True)
class StoryEntity:
    """One person, organisation or place across the whole story."""

    name: str  # the fullest form; among equally full ones, the one most articles use
    kind: str  # an EntityKind: "person", "organisation" or "place"
    role: str | None  # the role written most often, the most specific among equally frequent
    aliases: tuple[str, ...]  # every other form used by any article
    mentions: int  # how often the articles name it, all together
    member_ids: tuple[int, ...]
    article_ids: tuple[int, ...]
    roles: tuple[str, ...] = ()  # every distinct role written, best first


def link_entities(mentions: Sequence[MentionInput]) -> list[StoryEntity]:
    """Group per-article entities that name the same person, organisation or place.

    Same name (ignoring case, hyphens, accents) → same entity; a lone surname joins the one full
    name that carries it (or, among several, the one named far more often or with the same role);
    "Treasury" joins "Treasury Department" when no other organisation could claim it.
    Linear in the number of mentions.
    """
    links = _UnionFind(len(mentions))
    keys = [_mention_key(m) for m in mentions]
    first_with: dict[tuple[str, str], int] = {}
    for i, key in enumerate(keys):
        links.union(first_with.setdefault(key, i), i)
    _link_person_aliases(mentions, keys, first_with, links)
    _link_surnames(mentions, keys, first_with, links)
    _link_org_variants(keys, first_with, links)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(mentions)):
        groups[links.find(i)].append(i)
    entities = [_story_entity([mentions[i] for i in members]) for members in groups.values()]
    return sorted(entities, key=lambda e: (-e.mentions, e.name))


def _mention_key(m: MentionInput) -> tuple[str, str]:
    key = name_key(m.name)
    return (m.kind, PLACE_SYNONYMS.get(key, key) if m.kind == "place" else key)


def _link_person_aliases(
    mentions: Sequence[MentionInput],
    keys: Sequence[tuple[str, str]],
    first_with: dict[tuple[str, str], int],
    links: _UnionFind,
) -> None:
    """Full names that differ in form only: an alias "Kim Jong-un" or "John F. Kennedy"."""
    by_ends: dict[tuple[str, str], int] = {}
    for i, (kind, key) in enumerate(keys):
        words = key.split()
        if kind != "person" or len(words) < 2:
            continue
        links.union(by_ends.setdefault((words[0], words[-1]), i), i)
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
    bearers: dict[str, set[int]] = defaultdict(set)
    weight: Counter[int] = Counter()
    roles: dict[int, set[str]] = defaultdict(set)
    for i, (kind, key) in enumerate(keys):
        if kind == "person" and len(key.split()) > 1:
            root = links.find(i)
            for s in surname_keys(key):
                bearers[s].add(root)
            weight[root] += mentions[i].count
            role = mentions[i].role
            if role:
                roles[root].add(name_key(role))
    for i, (kind, key) in enumerate(keys):
        if kind != "person" or len(key.split()) > 1 or key not in bearers:
            continue
        candidates = sorted(bearers[key], key=lambda r: -weight[r])
        role = name_key(mentions[i].role or "")
        same_role = [r for r in candidates if role and role in roles[r]]
        if len(candidates) == 1 or len(same_role) == 1:
            links.union((same_role or candidates)[0], i)
        elif weight[candidates[0]] >= _DOMINANT * weight[candidates[1]]:
            links.union(candidates[0], i)


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


def _story_entity(members: Sequence[MentionInput]) -> StoryEntity:
    articles: Counter[str] = Counter(m.name for m in members)  # articles using each form as name
    names: Counter[str] = Counter()
    for m in members:
        names[m.name] += m.count
    longest = max(len(name_key(n).split()) for n in names)
    name = max(
        (n for n in names if len(name_key(n).split()) == longest),
        key=lambda n: (articles[n], names[n]),
    )
    kinds = Counter(m.kind for m in members)
    aliases = dict.fromkeys(f for m in members for f in (m.name, *m.aliases) if f != name)
    roles = ranked_roles(m.role for m in members)
    return StoryEntity(
        name=name,
        kind=kinds.most_common(1)[0][0],
        role=roles[0] if roles else None,
        aliases=tuple(aliases),
        mentions=sum(m.count for m in members),
        member_ids=tuple(sorted(m.id for m in members)),
        article_ids=tuple(sorted({m.article_id for m in members})),
        roles=tuple(roles),
    )


def summarise(
    forms: Sequence[tuple[int, str, Sequence[str], int, int]],
    roles: Sequence[tuple[int, str, int]],
    kinds: Sequence[tuple[int, str, int]],
) -> StoryEntity:
    """What `_story_entity` makes of an entity's mentions, from their grouped rows: each distinct
    name with its aliases (first mention id, name, aliases, mentions, times named), each role and
    each kind (first mention id, value, mentions), every list in the order of first mention ids.
    The same answer: every choice there depends on counts and on which came first."""
    articles: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for _, name, _, rows, count in forms:
        articles[name] += rows
        names[name] += count
    longest = max(len(name_key(n).split()) for n in names)
    name = max(
        (n for n in names if len(name_key(n).split()) == longest),
        key=lambda n: (articles[n], names[n]),
    )
    kind_count: Counter[str] = Counter()
    for _, kind, rows in kinds:
        kind_count[kind] += rows
    aliases = dict.fromkeys(f for _, n, more, _, _ in forms for f in (n, *more) if f != name)
    ranked = ranked_roles(role for _, role, rows in roles for _ in range(rows))
    return StoryEntity(
        name=name,
        kind=kind_count.most_common(1)[0][0],
        role=ranked[0] if ranked else None,
        aliases=tuple(aliases),
        mentions=sum(count for *_, count in forms),
        member_ids=(),
        article_ids=(),
        roles=tuple(ranked),
    )


def ranked_roles(roles: Iterable[str | None]) -> list[str]:
    """Roles by how many articles write them, then by length (more specific first)."""
    written: dict[str, Counter[str]] = defaultdict(Counter)
    for role in roles:
        if role:
            written[name_key(role)][role] += 1
    ranked = sorted(
        written.values(), key=lambda forms: (-sum(forms.values()), -len(next(iter(forms)).split()))
    )
    return [forms.most_common(1)[0][0] for forms in ranked]


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


def query_key(query: str) -> str:
    """The compare key of what a user typed: "Mr. Kim" → "kim"."""
    words = name_key(query).split()
    while len(words) > 1 and words[0] in COURTESY:
        words = words[1:]
    key = " ".join(words)
    return PLACE_SYNONYMS.get(key, key)


def lookup_keys(entity: StoryEntity) -> set[str]:
    """The keys an entity is found by (compare with `name_key` of the query): every name and
    alias as written and without courtesy title, and a person's surname."""
    keys = {k for form in (entity.name, *entity.aliases) for k in (name_key(form), query_key(form))}
    if entity.kind == "person":
        keys.update(surname_keys(name_key(entity.name)))
    return {k for k in keys if k}


def variant_keys(entity: StoryEntity | KnownEntity) -> set[str]:
    """The shorter keys an organisation could be claimed under by a short form (what
    `_link_org_variants` weighs): "dnc" for "Democratic National Convention". None for others."""
    if entity.kind != "organisation":
        return set()
    return {v for form in (entity.name, *entity.aliases) for v in org_variant_keys(name_key(form))}


class EntityIndex:
    """Answers "who is X" over the story entities with dictionary lookups."""

    def __init__(self, entities: Sequence[StoryEntity]) -> None:
        self.entities = sorted(entities, key=lambda e: -e.mentions)
        self._exact: dict[str, list[StoryEntity]] = defaultdict(list)
        self._surname: dict[str, list[StoryEntity]] = defaultdict(list)
        self._by_article: dict[int, list[StoryEntity]] = defaultdict(list)
        self._choices: dict[str, str] = {}
        for entity in self.entities:  # most mentioned first, so every list is in that order
            for form in (entity.name, *entity.aliases):
                self._choices.setdefault(form, entity.name)
                _add_once(self._exact[query_key(form)], entity)
            if entity.kind == "person":
                for s in surname_keys(name_key(entity.name)):
                    _add_once(self._surname[s], entity)
            for article_id in entity.article_ids:
                self._by_article[article_id].append(entity)

    def _matches(self, query: str) -> list[StoryEntity]:
        key = query_key(query)
        found = list(self._exact.get(key, ()))
        seen = {id(e) for e in found}  # by identity: comparing entities field by field is slow
        found += [e for e in self._surname.get(key, ()) if id(e) not in seen]
        return found

    def matches(self, query: str) -> list[StoryEntity]:
        """Every entity the query could mean: exact names and aliases first, then surnames."""
        return self._matches(query)

    def lookup(self, query: str) -> StoryEntity | None:
        """The entity a name, alias or surname means; the most mentioned when several could."""
        matches = self._matches(query)
        return matches[0] if matches else None

    def others(self, query: str) -> list[str]:
        """Other entities the query could also mean: "Kim Yo Jong" for "Kim"."""
        return [e.name for e in self._matches(query)[1:]]

    def suggest(self, query: str, n: int = 5) -> list[str]:
        """The closest known names, for a name that is not known."""
        hits = process.extract(
            query, list(self._choices), scorer=fuzz.WRatio, processor=query_key, limit=n * 4
        )
        return list(dict.fromkeys(self._choices[form] for form, _score, _i in hits))[:n]

    def speaker_entity(self, speaker_name: str, article_id: int) -> StoryEntity | None:
        """The entity a quote's speaker is, preferring one named in the same article.

        Elsewhere only when the name can mean one entity: a quote is never given to the wrong person.
        """
        matches = self._matches(speaker_name)
        here = set(map(id, self._by_article.get(article_id, ())))
        in_article = [e for e in matches if id(e) in here]
        if in_article:
            return in_article[0]
        return matches[0] if len(matches) == 1 else None

    speaker = speaker_entity  # the name the story refresh calls

    def companions(self, entity: StoryEntity, n: int = 5) -> list[tuple[StoryEntity, int]]:
        """Who appears with whom: the entities sharing most articles with this one."""
        shared: Counter[int] = Counter()
        by_id = {}
        for article_id in entity.article_ids:
            for other in self._by_article.get(article_id, ()):
                if other is not entity:
                    shared[id(other)] += 1
                    by_id[id(other)] = other
        return [(by_id[i], count) for i, count in shared.most_common(n)]


def _add_once(entities: list[StoryEntity], entity: StoryEntity) -> None:
    if not entities or entities[-1] is not entity:  # each entity adds its forms one after another
        entities.append(entity)


@dataclass(frozen=True)
class KnownEntity:
    """An entity stored by an earlier refresh, as far as linking new mentions needs it."""

    id: int
    name: str
    kind: str
    aliases: tuple[str, ...]
    mentions: int
    names: frozenset[str] = frozenset()  # name_key of every form (places: and their synonyms)
    queries: frozenset[str] = frozenset()  # query_key of every form
    surnames: frozenset[str] = frozenset()  # a person's surname keys
    variants: frozenset[str] = frozenset()  # an organisation's shorter keys (`variant_keys`)

    @classmethod
    def of(
        cls, id: int, name: str, kind: str, aliases: Sequence[str], mentions: int
    ) -> KnownEntity:
        """The entity with the keys it is compared by worked out once."""
        forms = (name, *aliases)
        names = {name_key(f) for f in forms}
        if kind == "place":
            names |= {PLACE_SYNONYMS.get(n, n) for n in names}
        full = name_key(name)
        surnames = surname_keys(full) if kind == "person" and len(full.split()) > 1 else set()
        variants = (
            {v for f in forms for v in org_variant_keys(name_key(f))}
            if kind == "organisation"
            else set()
        )
        return cls(
            id,
            name,
            kind,
            tuple(aliases),
            mentions,
            frozenset(names),
            frozenset(query_key(f) for f in forms),
            frozenset(surnames),
            frozenset(variants),
        )


def search_keys(entity: StoryEntity) -> set[str]:
    """The lookup keys under which a stored entity that `entity` could join is found."""
    forms = (entity.name, *entity.aliases)
    return {k for f in forms for k in (name_key(f), query_key(f)) if k}


def join_known(entity: StoryEntity, known: Sequence[KnownEntity]) -> KnownEntity | None:
    """The stored entity a newly linked one is, among stored ones sharing a key with it.

    The rules of `link_entities`: the same name (or a full alias) → the same entity; a lone
    surname → the one full name carrying it, or the one named far more often than the others;
    an organisation's short form → the one body it can shorten, and none when several could
    (never through an alias another article gave one of them: no join without evidence)."""
    same_kind = sorted((k for k in known if k.kind == entity.kind), key=lambda k: -k.mentions)
    key = _mention_key(MentionInput(0, 0, entity.name, entity.kind))[1]
    full_aliases = {name_key(a) for a in entity.aliases if len(name_key(a).split()) > 1}
    claimants = [k for k in same_kind if key in k.variants]
    if len(claimants) > 1:  # "DNC": the Convention or the Committee? Only a body named so
        same_kind = [k for k in same_kind if key not in k.variants]
    exact = [k for k in same_kind if key in k.names]
    if not exact and len(claimants) == 1:
        return claimants[0]
    if not exact and entity.kind == "person":
        exact = [k for k in same_kind if full_aliases & k.names]
    if exact:
        return exact[0]
    if entity.kind != "person" or len(key.split()) > 1:
        return None
    bearers = [k for k in same_kind if key in k.surnames]
    if len(bearers) == 1:
        return bearers[0]
    if len(bearers) > 1 and bearers[0].mentions >= _DOMINANT * bearers[1].mentions:
        return bearers[0]
    return None


def choose_speaker(
    speaker: str, known: Sequence[KnownEntity], in_article: set[int]
) -> KnownEntity | None:
    """The stored entity a quote's speaker is: `EntityIndex.speaker_entity` over the stored
    entities sharing a key with the name (`in_article`: ids of those the article names)."""
    key = query_key(speaker)
    ranked = sorted(known, key=lambda k: -k.mentions)
    exact = [k for k in ranked if key in k.queries]
    exact_ids = {k.id for k in exact}
    surname = [
        k
        for k in ranked
        if k.kind == "person" and k.id not in exact_ids and key in surname_keys(name_key(k.name))
    ]
    matches = exact + surname
    here = [k for k in matches if k.id in in_article]
    if here:
        return here[0]
    return matches[0] if len(matches) == 1 else None
