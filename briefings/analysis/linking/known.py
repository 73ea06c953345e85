"""Entities stored by an earlier refresh: new ones joined to them, a speaker chosen among them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefings.analysis.common.given_names.gender import (
    person_gender,
    title_allows,
    titled_gender,
)
from briefings.analysis.common.names import PLACE_SYNONYMS, name_key, org_variant_keys, surname_keys
from briefings.analysis.linking.keys import person_keys, query_key
from briefings.analysis.linking.link import mention_key
from briefings.analysis.linking.records import MentionInput, StoryEntity


def variant_keys(entity: StoryEntity | KnownEntity) -> set[str]:
    """The shorter keys an organisation could be claimed under by a short form (what `link.py`
    weighs when it links organisation variants): "dnc" for "Democratic National Convention". None
    for others."""
    if entity.kind != "organisation":
        return set()
    return {v for form in (entity.name, *entity.aliases) for v in org_variant_keys(name_key(form))}


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
            frozenset({query_key(f) for f in forms} | person_keys(kind, forms)),
            frozenset(surnames),
            frozenset(variants),
        )


def join_known(entity: StoryEntity, known: Sequence[KnownEntity]) -> KnownEntity | None:
    """The stored entity a newly linked one is, among stored ones sharing a key with it.

    The rules of `link_entities`: the same name (or a full alias) → the same entity; a lone
    surname → the one full name carrying it, and none when several do; a surname under a
    courtesy title → the one of them the title's gender allows ("Mrs Dalton": Ruth Dalton);
    an organisation's short form → the one body it can shorten, and none when several could
    (never through an alias another article gave one of them: no join without evidence)."""
    same_kind = sorted((k for k in known if k.kind == entity.kind), key=lambda k: -k.mentions)
    key = mention_key(MentionInput(0, 0, entity.name, entity.kind))[1]
    full_aliases = {name_key(a) for a in entity.aliases if len(name_key(a).split()) > 1}
    claimants = [k for k in same_kind if key in k.variants]
    if len(claimants) > 1:  # "DNC": the Convention or the Committee? Only a body named so
        same_kind = [k for k in same_kind if key not in k.variants]
    exact = [k for k in same_kind if key in k.names]
    if not exact and len(claimants) == 1:
        return claimants[0]
    if not exact and entity.kind == "person":
        exact = [k for k in same_kind if full_aliases & k.names]
    if exact and entity.kind == "person" and len(key.split()) == 1:
        named = [k for k in exact if name_key(k.name) == key]
        if named or sum(1 for k in same_kind if key in k.surnames) > 1:
            exact = named  # as a rebuild links: an alias alone does not pick one of two bearers
    if exact:
        return exact[0]
    if entity.kind == "person" and titled_gender(key) is not None:
        return _titled_bearer(key, same_kind)
    if entity.kind != "person" or len(key.split()) > 1:
        return None
    bearers = [k for k in same_kind if key in k.surnames]
    return bearers[0] if len(bearers) == 1 else None


def _titled_bearer(key: str, people: Sequence[KnownEntity]) -> KnownEntity | None:
    """The stored person a surname under a courtesy title ("mrs dalton") is, as `link.py`
    links it: the one full name of that surname (no title) the title's gender allows."""
    want = titled_gender(key)
    surname = " ".join(key.split()[1:])
    bearers = [k for k in people if surname in k.surnames and titled_gender(k.name) is None]
    fits = [k for k in bearers if person_gender(k.name) in (want, None)]
    return fits[0] if len(fits) == 1 else None


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
    matches = [k for k in exact + surname if title_allows(speaker, k.name)]  # "Mrs Dalton"
    here = [k for k in matches if k.id in in_article]
    if here:
        return None if sum(1 for k in here if k.kind == "person") > 1 else here[0]
    return matches[0] if len(matches) == 1 else None
