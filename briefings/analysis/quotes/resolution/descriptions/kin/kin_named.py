"""Whom a relative opening a sentence means ("His brother was angrier.", "Her daughter was more
philosophical."): the one person the article named as that relative ("his brother, Mike,", "Her
daughter, Kayla,", "Her son Marco"); someone not named when it named none or several."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = ["KIN_MARK", "kin_named", "relative_of"]

KIN_MARK: Final = "kin "  # a DESCRIBED role "kin brother": the relative an owner's word opened


def kin_named(kin: str, paragraphs: Sequence[str], upto: int) -> str | None:
    """The given name the article set beside `kin` after an owner ("his brother, Mike,", "Rosa's
    son Marco") in paragraphs `upto` and before; None unless exactly one name was."""
    pattern = _kin_pattern(kin)
    piece = f" {kin}"  # what every match holds: a paragraph without it is not searched
    names = {m.group(1) for p in paragraphs[: upto + 1] if piece in p for m in pattern.finditer(p)}
    return names.pop() if len(names) == 1 else None


def _kin_pattern(kin: str) -> re.Pattern[str]:
    """An owner, `kin`, an optional comma and a given name: "his brother, Mike", "Rosa's son Marco"."""
    return re.compile(
        rf"\b(?:[Hh]is|[Hh]er|[A-Z][\w'’-]*['’]s) {re.escape(kin)},? ([A-Z][a-z]+)\b(?! [A-Z])"
    )


def _relative_pattern(kin: str) -> re.Pattern[str]:
    """ "His" or "Her", a relative of `kin`'s inverse, a comma and a given name: "His sister,
    Loretta"."""
    inverse = "|".join(_INVERSE[kin])
    return re.compile(rf"\b([Hh]is|[Hh]er) (?:{inverse}), ([A-Z][a-z]+)\b(?! [A-Z])")


# the relatives whose relative a kin noun names: "her brother" is the one whose sister she is
_INVERSE: Final = {
    "husband": ("wife",),
    "wife": ("husband",),
    "brother": ("sister", "brother"),
    "sister": ("brother", "sister"),
    "son": ("mother", "father"),
    "daughter": ("mother", "father"),
    "mother": ("son", "daughter"),
    "father": ("son", "daughter"),
}
_OWNER_GENDERS: Final = {"His": "m", "his": "m", "Her": "f", "her": "f"}


def relative_of(kin: str, paragraphs: Sequence[str], upto: int) -> tuple[str, str] | None:
    """For "Her brother shrugged.": the one phrase in paragraphs `upto` and before that names a
    relative the other way ("His sister, Loretta,"), as the owner's gender and the relative's
    given name; None when none or several do."""
    if not _INVERSE.get(kin, ()):
        return None
    pattern = _relative_pattern(kin)
    pieces = [f" {word}, " for word in _INVERSE[kin]]  # one of them stands in every match
    found = {
        (_OWNER_GENDERS[m.group(1)], m.group(2))
        for p in paragraphs[: upto + 1]
        if any(piece in p for piece in pieces)
        for m in pattern.finditer(p)
    }
    return found.pop() if len(found) == 1 else None
