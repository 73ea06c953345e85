"""Ships and storms named like people: the word that opens their name says what they are."""

from __future__ import annotations

import unicodedata
from typing import Final

from briefings.analysis.common.given_names.first_names import is_given_name
from briefings.analysis.common.names import words_set
from briefings.analysis.people.roles.tokens import Token

# Prefixes of a ship's name: "HMS Queen Elizabeth", "RMS Queen Mary", "USS Enterprise", "RRS Sir
# David Attenborough" (a Royal Research Ship).
_SHIPS: Final = frozenset({"HMS", "HMY", "RMS", "RRS", "USS", "HMAS", "HMCS", "HMNZS"})

# Words a weather service names a storm with, before its given name: "Storm Desmond".
_STORMS: Final = words_set("storm hurricane typhoon cyclone")


# Nouns for a ship, written before its name: "the liner Queen Elizabeth", "the frigate Roald
# Amundsen".
_SHIPS_NOUNS: Final = words_set(
    "ship liner vessel warship frigate destroyer carrier ferry yacht submarine tanker trawler"
)


def after_a_ships_noun(tokens: list[Token], run_start: int) -> bool:
    """A name, with any title before it from `run_start`, right after a ship's noun in lower
    case: the ship's ("The liner Queen Elizabeth set sail", "the frigate Roald Amundsen"; not
    "the ship's captain, Tom Hird", a possessive)."""
    if run_start == 0:
        return False
    before = tokens[run_start - 1]
    return before.lower in _SHIPS_NOUNS and not before.is_cap and not before.possessive


def a_ship_or_a_storm(run: list[Token]) -> bool:
    """A run of capitalised words that names a ship by its prefix ("HMS Queen Elizabeth") or a
    storm by its word and a given name, accents aside ("Storm Desmond", "Tropical Storm Ivan",
    "Storm Ciarán"; not "Storm Keating", a surname)."""
    if run[0].text in _SHIPS:
        return len(run) > 1
    k = 1 if run[0].lower == "tropical" else 0
    return (
        len(run) == k + 2
        and run[k].lower in _STORMS
        and is_given_name(_unaccented(run[k + 1].text))
    )


def _unaccented(word: str) -> str:
    """The word without its accents, as the lists of given names write it: "Ciaran" of "Ciarán"
    (Storm Ciarán)."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
