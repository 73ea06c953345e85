"""The keys entities are looked up by: what a user typed, every form, a person's surname."""

from __future__ import annotations

from functools import lru_cache

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


def lookup_keys(entity: StoryEntity) -> set[str]:
    """The keys an entity is found by (compare with `name_key` of the query): every name and
    alias as written and without courtesy title, and a person's surname."""
    keys = {k for form in (entity.name, *entity.aliases) for k in (name_key(form), query_key(form))}
    if entity.kind == "person":
        keys.update(surname_keys(name_key(entity.name)))
    return {k for k in keys if k}


def search_keys(entity: StoryEntity) -> set[str]:
    """The lookup keys under which a stored entity that `entity` could join is found."""
    forms = (entity.name, *entity.aliases)
    return {k for f in forms for k in (name_key(f), query_key(f)) if k}
