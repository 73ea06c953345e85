"""A place set beside another place's name ("in Loudoun County, Virginia,"): no person apposed."""

from __future__ import annotations

from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.names import name_key
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.tokens import is_cap

__all__ = ["past_relative_aside_with_places", "place_after_a_name"]


def place_after_a_name(toks: list[str], comma: int, name: list[str]) -> bool:
    """Whether the words `name` after the comma at `comma` are one place's name and the words
    before the comma end in a capitalised name ("A school board member in Loudoun County,
    Virginia, is facing …"): the state of a county, not a person called Virginia apposed to the
    member."""
    if comma < 1 or not is_cap(toks[comma - 1]) or len(name) != 1:
        return False
    return kind_by_lists(name[0], name_key(name[0]).split()) == "place"


def past_relative_aside_with_places(toks: list[str], at: int) -> int:
    """Past a clause on a name between commas at `at` (", who oversees four states from an office
    in Lenexa, Kan., said"), a place's own commas ("Lenexa, Kan.,": a capitalised word each side)
    not closing it; `at` itself when there is no such clause or a quotation is inside it."""
    if toks[at : at + 2] != [",", "who"]:
        return at
    k = at + 2
    while k < min(len(toks), at + 30):
        t = toks[k]
        if mask_id(t) is not None or t in {".", ";", ":"}:
            return at
        if t == ",":
            if (
                k + 2 < len(toks)
                and is_cap(toks[k - 1])
                and is_cap(toks[k + 1])
                and toks[k + 2] == ","
            ):
                k += 2  # "in Lenexa, Kan.,": the state's comma
                continue
            return k + 1
        k += 1
    return at
