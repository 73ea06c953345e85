"""Offices in descriptions and roles: "the mayor" is not a man the article calls the governor."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from briefings.analysis.common.lowered import lowered
from briefings.analysis.speech.name_shapes import is_title_word

__all__ = ["another_office", "holds_office", "is_office", "office_written"]

# abbreviations and synonyms of an office, as one word
_SAME: Final = {
    "sen": "senator",
    "gov": "governor",
    "rep": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "adm": "admiral",  # round 40: the titles the tokens now keep ("Adm. Harry B. Harris Jr.")
    "cmdr": "commander",
    "supt": "superintendent",
    "ald": "alderman",  # round 44: "Ald. Brian Hopkins", Chicago's aldermen
}


def _offices(words: str) -> set[str]:
    """The title words of a description or role, lower case, abbreviations written out."""
    out = set()
    for word in words.split():
        low = word.lower().rstrip(".")
        if is_title_word(low.capitalize()) or is_title_word(word):
            out.add(_SAME.get(low, low))
    return out


def _head_offices(description: str) -> set[str]:
    """The offices of a description's head word ("the former governor": governor); none when
    the description is empty."""
    words = description.split()
    return _offices(words[-1]) if words else set()


def another_office(description: str, role: str) -> bool:
    """The description's head is an office ("the mayor") and the role the article writes for the
    person it went to holds offices, none of them that one ("the governor", "Gov.")."""
    heads = _head_offices(description)
    held = _offices(role)
    return bool(heads and held and heads.isdisjoint(held))


def is_office(description: str) -> bool:
    """The description's head is an office: "the senator", "the former governor"."""
    return bool(_head_offices(description))


def holds_office(description: str, role: str) -> bool:
    """The role holds the description's office: "the senator" of "Sen." or "a Kansas senator"."""
    return not _head_offices(description).isdisjoint(_offices(role))


# each office `_offices` gives, with every spelling it reads as it: "senator" is "sen" too
_SPELLINGS: Final = {
    office: (office, *sorted(k for k, v in _SAME.items() if v == office))
    for office in set(_SAME.values())
}


def office_written(description: str, paragraphs: Sequence[str]) -> list[str]:
    """The paragraphs that write an office of the description's head in a spelling `holds_office`
    reads as it, in any case ("Sen." for "the senator"), as a paragraph must where a role holding
    it is read; a paragraph with a capital sigma, which lowers by its neighbours, counts as one."""
    spellings = {
        s for office in _head_offices(description) for s in _SPELLINGS.get(office, (office,))
    }
    low = lowered(tuple(paragraphs))
    return [
        par for k, par in enumerate(paragraphs) if "Σ" in par or any(s in low[k] for s in spellings)
    ]
