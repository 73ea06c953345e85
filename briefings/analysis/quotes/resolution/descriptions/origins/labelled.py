"""A state-and-party description ("the Arizona Republican") and the one the article labels so
right after the name ("Rep. Dana Whitlock (R-Ariz.)")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.quotes.resolution.descriptions.origins.parties import abbreviates

__all__ = ["labelled_as", "labelled_instead", "state_party"]

_LETTER: Final = {"republican": "R", "democrat": "D", "independent": "I"}
_STATES: Final = frozenset(
    [
        "Alabama",
        "Alaska",
        "Arizona",
        "Arkansas",
        "California",
        "Colorado",
        "Connecticut",
        "Delaware",
        "Florida",
        "Georgia",
        "Hawaii",
        "Idaho",
        "Illinois",
        "Indiana",
        "Iowa",
        "Kansas",
        "Kentucky",
        "Louisiana",
        "Maine",
        "Maryland",
        "Massachusetts",
        "Michigan",
        "Minnesota",
        "Mississippi",
        "Missouri",
        "Montana",
        "Nebraska",
        "Nevada",
        "New_Hampshire",
        "New_Jersey",
        "New_Mexico",
        "New_York",
        "North_Carolina",
        "North_Dakota",
        "Ohio",
        "Oklahoma",
        "Oregon",
        "Pennsylvania",
        "Rhode_Island",
        "South_Carolina",
        "South_Dakota",
        "Tennessee",
        "Texas",
        "Utah",
        "Vermont",
        "Virginia",
        "Washington",
        "West_Virginia",
        "Wisconsin",
        "Wyoming",
    ]
)


def state_party(role: str | None) -> tuple[str, str] | None:
    """The state and the party's letter of a description of a state's word and a party's noun
    ("Arizona Republican": ("Arizona", "R"); "New York Democrat": ("New York", "D")); else None."""
    if not role:
        return None
    *place, head = role.split()
    letter = _LETTER.get(head.lower())
    state = "_".join(place)
    if letter is None or state not in _STATES:
        return None
    return state.replace("_", " "), letter


def labelled_as(name: str, state: str, letter: str, paragraphs: Sequence[str]) -> bool:
    """The article writes the label of that party and state right after `name`'s surname: "Dana
    Whitlock (R-Ariz.)" for ("Arizona", "R")."""
    surname = name.split()[-1]
    label = re.compile(rf"\b{re.escape(surname)}\s*\(\s*{letter}\s*-\s*([A-Z][A-Za-z. ]{{0,14}})\)")
    for par in paragraphs:
        if surname not in par:
            continue
        for m in label.finditer(par):
            if abbreviates(m.group(1), state):
                return True
    return False


def labelled_instead(
    described: tuple[str, str],
    name: str | None,
    salient: Sequence[str | None],
    paragraphs: Sequence[str],
) -> str | None:
    """The one person of `salient` the article labels with the state and party `described` ("Dana
    Whitlock (R-Ariz.)" for "the Arizona Republican"), when `name`, the one the description was
    resolved to, is not labelled so; else None (no one, or two, labelled so: the resolution
    stands)."""
    if name and labelled_as(name, *described, paragraphs):
        return None
    labelled = {other for other in salient if other and labelled_as(other, *described, paragraphs)}
    return labelled.pop() if len(labelled) == 1 else None
