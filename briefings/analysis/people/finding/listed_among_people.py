"""A name in a list that a plural noun for people introduces: "classical authors like Cicero"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.works.done_to import the_lists_noun

# Plural nouns only individuals answer to (not "stars", "acts", "artists" or "designers", which
# bands and labels answer to as well: "acts such as Coldplay", "designers such as Prada").
_PEOPLE_PLURAL: Final = words_set(
    """authors writers novelists poets playwrights philosophers historians singers actors
    actresses comedians presenters footballers strikers midfielders defenders goalkeepers
    athletes sprinters golfers boxers jockeys cricketers batsmen bowlers politicians ministers
    emperors kings queens saints prophets"""
)


def listed_among_people(tokens: list[Token], start: int) -> bool:
    """A name in a list after a plural noun for people and "such as", "like" or "including":
    "classical authors like Cicero, Virgil and Tacitus", "singers such as Adele"."""
    noun = the_lists_noun(tokens, start)
    return noun is not None and noun.lower in _PEOPLE_PLURAL
