"""What a capitalised name is by the word lists: an organisation, a place, or possibly a person."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from briefings.analysis.common.memo import Memo
from briefings.analysis.common.names import (
    CALENDAR,
    COMMON_WORDS,
    DEMONYMS,
    ORG_NAMES,
    ORG_PREFIXES,
    ORG_SUFFIXES,
    PHOTO_AGENCIES,
    PLACE_PREFIXES,
    PLACE_SUFFIXES,
    PLACE_SYNONYMS,
    PLACES,
    ROLE_HEADS,
    US_PLACES,
    name_key,
)

if TYPE_CHECKING:  # a type only: the analysis' result classes are not loaded by a query
    from briefings.analysis.results import EntityKind

__all__ = ["kind_by_lists", "not_in_a_name", "place_key"]

_COMPASS: Final = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
)
# Words that are no part of a person's name: common words, dates, places, peoples, institutions.
_NOT_IN_A_NAME: Final = (
    COMMON_WORDS | CALENDAR | PLACES | DEMONYMS | US_PLACES | ORG_SUFFIXES | ROLE_HEADS | ORG_NAMES
)


def place_key(key: str) -> str:
    """The usual spelling of a place key: "uk" is "united kingdom"."""
    return PLACE_SYNONYMS.get(key, key)


def kind_by_lists(text: str, words: Sequence[str]) -> EntityKind | None:
    """Organisation or place by the word lists, `words` being the lower-case words of `text`;
    None when the lists do not decide."""
    return _KINDS[(text, tuple(words))]


_ACRONYM: Final = re.compile(r"[A-Z][A-Z.&]{1,6}")


def _kind(text: str, words: tuple[str, ...]) -> EntityKind | None:
    key = name_key(text)
    if key in PHOTO_AGENCIES or key in ORG_NAMES:
        return "organisation"
    if words[-1] in ORG_SUFFIXES and len(words) > 1 and not _a_titles_preposition(text):
        return "organisation"
    if len(words) > 2 and words[0] in ORG_PREFIXES and words[1] in {"of", "for", "on"}:
        return "organisation"
    if place_key(key) in PLACES or key in US_PLACES:
        return "place"
    if len(words) > 1 and (
        words[-1] in PLACE_SUFFIXES or (words[0] in PLACE_PREFIXES and len(words) < 4)
    ):
        return "place"
    if len(words) > 1 and words[0] in _COMPASS and " ".join(words[1:]) in PLACES:
        return "place"
    if _ACRONYM.fullmatch(text) and key not in COMMON_WORDS and key not in ROLE_HEADS:
        return "organisation"
    return None


# Prepositions a title writes with a capital and a body's name does not: "Bridge Over Troubled
# Water" is a song ("Bank of England", "Newcastle upon Tyne Hospitals" keep them in lower case).
_TITLES_PREPOSITIONS: Final = re.compile(r" (?:Over|Under|Upon|Across|Beyond|Through|Into) ")


def _a_titles_preposition(text: str) -> bool:
    """A preposition inside the name written with a capital, as in a work's title."""
    return " " in text and _TITLES_PREPOSITIONS.search(text) is not None


def _run_kind(run: tuple[str, tuple[str, ...]]) -> EntityKind | None:
    return _kind(*run)


_KINDS: Final = Memo(
    _run_kind
)  # asked again of the same run by each analyser, and of every mention


def not_in_a_name(word: str) -> bool:
    """A lower-case word that is no part of a person's name: "the", "florida", "bank", "senator"."""
    return word in _NOT_IN_A_NAME
