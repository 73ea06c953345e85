"""The keys entities are looked up by: what a user typed, every form, a person's surname."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from briefings.analysis.common.given_names.gender import (
    GIVEN_NAME_STYLES,
    gender_of,
    titled_gender,
)
from briefings.analysis.common.names import COURTESY, PLACE_SYNONYMS, name_key, surname_keys
from briefings.analysis.linking.records import StoryEntity


@lru_cache(maxsize=20_000)  # a refresh keys every stored entity's forms again
def query_key(query: str) -> str:
    """The compare key of what a user typed: "Mr. Kim" → "kim"."""
    words = name_key(query).split()
    while len(words) > 1 and words[0] in COURTESY:
        words = words[1:]
    key = " ".join(words)
    return PLACE_SYNONYMS.get(key, key)


@lru_cache(maxsize=20_000)
def knight_keys(name: str) -> frozenset[str]:
    """The keys a person named in full answers to under a knight's or a dame's style, which
    British usage writes before the given name, never the surname: "sir alan" for Alan Sugar,
    "dame judi" for Judi Dench, "lady diana" for Diana Spencer (a peer's daughter's style); not
    the style of the other gender than the given name's ("dame alan"); none for a name under a
    title ("Mrs Dalton", "Sir Alan") or of one word."""
    words = name_key(name).split()
    if len(words) < 2 or titled_gender(name) is not None or words[0] in GIVEN_NAME_STYLES:
        return frozenset()
    gender = gender_of(name)
    return frozenset(
        f"{style} {words[0]}" for style, g in GIVEN_NAME_STYLES.items() if gender in (g, None)
    )


def person_keys(kind: str, forms: Iterable[str]) -> set[str]:
    """`knight_keys` of a person's forms (none for others)."""
    return {k for f in forms for k in knight_keys(f)} if kind == "person" else set()


def lookup_keys(entity: StoryEntity) -> set[str]:
    """The keys an entity is found by (compare with `name_key` of the query): every name and
    alias as written and without courtesy title, a person's surname, and the given name under
    a knight's or a dame's style ("sir alan")."""
    forms = (entity.name, *entity.aliases)
    keys = {k for form in forms for k in (name_key(form), query_key(form))}
    if entity.kind == "person":
        keys.update(surname_keys(name_key(entity.name)))
        keys |= person_keys(entity.kind, forms)
    return {k for k in keys if k}


def search_keys(entity: StoryEntity) -> set[str]:
    """The lookup keys under which a stored entity that `entity` could join is found (under a
    peer's style, the surname too: "Lord Coe" may be Sebastian Coe, as "Mrs Dalton" Ruth)."""
    forms = (entity.name, *entity.aliases)
    keys = {k for f in forms for k in (name_key(f), query_key(f)) if k}
    if entity.kind == "person":
        keys |= {" ".join(k.split()[1:]) for k in list(keys) if titled_gender(k) is not None}
    return keys
