"""Given names and their gender, from gender-guesser's dictionary of first names (no download)."""

from __future__ import annotations

import json
from functools import cache, lru_cache
from importlib import resources
from typing import Final

from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.names import DEMONYMS, name_key

__all__ = ["given_name_gender", "is_given_name"]

_GENDER: Final = {"male": "m", "female": "f"}  # "mostly_female" Kim may be Kim Collins: no gender


@cache
def _genders() -> dict[str, str]:
    """Each name of gender-guesser's dictionary, lower case, with the gender its detector gives
    it without a country (`Detector(case_sensitive=False).get_gender`): "male", "mostly_male",
    "female", "mostly_female" or "andy". Shipped by scripts/list_given_names.py (the detector reads
    its 4 MB dictionary in about 0.35 G instructions, this in a tenth); read once per process."""
    shipped = resources.files("briefings.analysis").joinpath("data/given_names.json")
    by_gender: dict[str, list[str]] = json.loads(shipped.read_text(encoding="utf-8"))
    return {name: gender for gender, names in by_gender.items() for name in names}


def _answer(word: str) -> str:
    """gender-guesser's answer for a first name: "unknown" for one it lacks."""
    return _genders().get(word.lower(), "unknown")


@lru_cache(maxsize=65536)  # asked again for every mention of a name
def is_given_name(word: str) -> bool:
    """A first name of a person in the dictionary, of either gender: "Tom", "Andrea", "Kim", or
    two joined by a hyphen that the dictionary lacks ("Sven-Goran"); not a place or a people that
    is also a name ("India", "Paris", "Georgia")."""
    return (
        word[:1].isupper()
        and (_answer(word) != "unknown" or _joined_given_names(word))
        and kind_by_lists(word, [word.lower()]) is None
        and name_key(word) not in DEMONYMS
    )


def _joined_given_names(word: str) -> bool:
    """Two given names joined by a hyphen, each capitalised: "Sven-Goran", "Jean-Pierre"."""
    parts = word.split("-")
    return len(parts) == 2 and all(p[:1].isupper() and _answer(p) != "unknown" for p in parts)


def given_name_gender(word: str) -> str | None:
    """ "m" or "f" for a first name given to men or to women; None otherwise."""
    return _GENDER.get(_answer(word)) if is_given_name(word) else None
