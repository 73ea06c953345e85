"""Given names and their gender, from gender-guesser's dictionary of first names (no download)."""

from __future__ import annotations

from functools import cache, lru_cache

from gender_guesser.detector import Detector

from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.name_dictionary import read_names
from briefings.analysis.common.names import DEMONYMS, name_key

__all__ = ["given_name_gender", "is_given_name"]

_GENDER = {"male": "m", "female": "f"}  # "mostly_female" Kim may be Kim Collins: no gender


class _Dictionary(Detector):
    """gender-guesser's detector reading its file in one piece with compiled code
    (`name_dictionary.read_names`): the same names, in a fraction of the time of its reader."""

    def _parse(self, filename: str) -> None:
        self.names: dict[str, dict[str, str]] = read_names(filename)


@cache
def _detector() -> Detector:
    """Read the dictionary once per process (about 0.1 s), on first use."""
    return _Dictionary(case_sensitive=False)


@lru_cache(maxsize=8192)
def _answer(word: str) -> str:
    return str(_detector().get_gender(word))


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
