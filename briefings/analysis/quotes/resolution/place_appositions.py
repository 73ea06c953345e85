"""A place set beside another place's name ("in Loudoun County, Virginia,"): no person apposed."""

from __future__ import annotations

from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.names import name_key
from briefings.analysis.speech.tokens import is_cap

__all__ = ["place_after_a_name"]


def place_after_a_name(toks: list[str], comma: int, name: list[str]) -> bool:
    """Whether the words `name` after the comma at `comma` are one place's name and the words
    before the comma end in a capitalised name ("A school board member in Loudoun County,
    Virginia, is facing …"): the state of a county, not a person called Virginia apposed to the
    member."""
    if comma < 1 or not is_cap(toks[comma - 1]) or len(name) != 1:
        return False
    return kind_by_lists(name[0], name_key(name[0]).split()) == "place"
