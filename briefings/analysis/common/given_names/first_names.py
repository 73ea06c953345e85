"""Given names and their gender, from gender-guesser's dictionary of first names (no download)."""

from __future__ import annotations

import os
from functools import cache, lru_cache
from pathlib import Path

import gender_guesser.detector
from gender_guesser.detector import Detector

from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.library_lists.name_answers import cached_answers
from briefings.analysis.common.library_lists.name_dictionary import read_names
from briefings.analysis.common.names import DEMONYMS, name_key

__all__ = ["given_name_gender", "in_the_names_dictionary", "is_given_name"]

_GENDER = {"male": "m", "female": "f"}  # "mostly_female" Kim may be Kim Collins: no gender


class _Dictionary(Detector):
    """gender-guesser's detector reading its file in one piece with compiled code
    (`name_dictionary.read_names`): the same names, in a fraction of the time of its reader."""

    def _parse(self, filename: str) -> None:
        self.names: dict[str, dict[str, str]] = read_names(filename)


def dictionary_answers() -> dict[str, str]:
    """Each name of the dictionary (lower case) with the detector's answer for it: "male",
    "mostly_female", "andy"...; any other word's answer is "unknown"."""
    detector = _Dictionary(case_sensitive=False)
    return {name: str(detector.get_gender(name)) for name in detector.names}


@cache
def _answers() -> dict[str, str]:
    """`dictionary_answers`, read from the user's cache when it was made from the installed
    dictionary (`name_answers`), once per process on first use."""
    return cached_answers(_DICTIONARY, dictionary_answers)


# The file gender-guesser's Detector reads (its `__init__`).
_DICTIONARY = Path(os.path.dirname(gender_guesser.detector.__file__), "data", "nam_dict.txt")


def _answer(word: str) -> str:
    """The detector's `get_gender(word)` (it looks the word up in lower case)."""
    return _answers().get(word.lower(), "unknown")


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


def in_the_names_dictionary(word: str) -> bool:
    """A first name of the dictionary, whatever else the word is: "Austin", "Chelsea" (places
    too, which `is_given_name` is not)."""
    return word[:1].isupper() and _answer(word) != "unknown"


def _joined_given_names(word: str) -> bool:
    """Two given names joined by a hyphen, each capitalised: "Sven-Goran", "Jean-Pierre"."""
    parts = word.split("-")
    return len(parts) == 2 and all(p[:1].isupper() and _answer(p) != "unknown" for p in parts)


def given_name_gender(word: str) -> str | None:
    """ "m" or "f" for a first name given to men or to women; None otherwise."""
    return _GENDER.get(_answer(word)) if is_given_name(word) else None
