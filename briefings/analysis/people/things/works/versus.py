"""A work's title as a contest, "The" opening its second side: "Mr Bates vs The Post Office"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.people.roles.tokens import Token

_VERSUS: Final = words_set("vs v versus")


def versus_a_titles_the(tokens: list[Token], end: int) -> bool:
    """A name right before "vs", "v" or "versus" and "The" in capitals: the opening of a work's
    title ("Mr Bates vs The Post Office won best drama"; "Kramer vs. Kramer" is no such shape, nor a
    bout's "Joshua vs Usyk", nor a case's "Smith v the Home Office", whose "the" is in lower
    case)."""
    if end >= len(tokens) or tokens[end].lower not in _VERSUS:
        return False
    k = end + 1
    if k < len(tokens) and tokens[k].text == ".":
        k += 1  # "vs."
    return k < len(tokens) and tokens[k].text == "The"
