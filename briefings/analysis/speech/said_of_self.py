"""A name of either sex given its gender by the article's own "X said she …"."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.names import words_set

__all__ = ["EITHER_SEX", "said_of_self"]

# Given names English gives to women and men alike: the name alone does not settle whether a
# "she" or a "he" may mean its bearer ("Jess Tanaka", "Alex Romero", "Jordan Ellis").
EITHER_SEX: Final = words_set(
    """alex jess jordan dana casey taylor morgan jamie robin riley quinn avery"""
)

# Right after the name: a comma-bounded phrase about it, if any, then "said she" or "says he".
# The phrase holds no possessive, pronoun, "for" or "to", which could bring in someone else the
# pronoun means ("Jordan Ellis, her lawyer, said she would appeal"; "Alex Kim, a lawyer for Maria
# Lund, said she", "Jess Ortiz, an adviser to the senator, said he").
_SAID_PRONOUN: Final = re.compile(
    r"(?:,(?![^,.;“”\"]*(?:’s|'s|\b(?:her|his|their|him|them|for|to)\b))[^,.;“”\"]{1,120},)?"
    r"\s+(?:said|says)\s+(she|he)\b"
)


def said_of_self(text: str, end: int) -> str | None:
    """The gender ("f" or "m") a name ending at `end` of `text` is given by the pronoun of its own
    "said she" / "says he": "Alex Romero, an emergency room nurse in Buffalo, said she has cared
    for …", "Tanaka said she supports …"; None when no such clause follows the name."""
    said = _SAID_PRONOUN.match(text, end)
    if said is None:
        return None
    return "f" if said.group(1) == "she" else "m"
