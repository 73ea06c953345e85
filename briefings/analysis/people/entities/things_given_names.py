"""A given name alone that only a thing's full name in the article opens with is the thing's."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from briefings.analysis.common.given_names.first_names import is_given_name
from briefings.analysis.common.names import name_key
from briefings.analysis.people.finding.candidates import Candidate


def things_given_names(candidates: Sequence[Candidate], things: Iterable[str]) -> frozenset[str]:
    """The keys of the given names that open a full name of two words read as no one's (a part,
    a brand: "Rose Tyler", "Ted Baker") and no full name of a person among `candidates`: written
    alone ("Piper said Rose was a shop girl"), they call the part or the brand by its given name,
    as news calls a person by a given name only after naming them in full."""
    people = {
        name_key(c.text).split()[0]
        for c in candidates
        if c.kind == "person"
        and len(name_key(c.text).split()) > 1
        and name_key(c.text) not in things
    }
    texts = {name_key(c.text): c.text for c in candidates}
    return frozenset(
        key.split()[0]
        for key in things
        if len(key.split()) == 2
        and key.split()[0] not in people
        and is_given_name(texts.get(key, key).split()[0])
    )
