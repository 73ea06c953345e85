"""Whom a relative opening a sentence means ("His brother was angrier.", "Her daughter was more
philosophical."): the one person the article named as that relative ("his brother, Mike,", "Her
daughter, Kayla,", "Her son Marco"); someone not named when it named none or several."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = ["KIN_MARK", "kin_named"]

KIN_MARK: Final = "kin "  # a DESCRIBED role "kin brother": the relative an owner's word opened


def kin_named(kin: str, paragraphs: Sequence[str], upto: int) -> str | None:
    """The given name the article set beside `kin` after an owner ("his brother, Mike,", "Rosa's
    son Marco") in paragraphs `upto` and before; None unless exactly one name was."""
    pattern = re.compile(
        rf"\b(?:[Hh]is|[Hh]er|[A-Z][\w'’-]*['’]s) {re.escape(kin)},? ([A-Z][a-z]+)\b(?! [A-Z])"
    )
    names = {m.group(1) for p in paragraphs[: upto + 1] for m in pattern.finditer(p)}
    return names.pop() if len(names) == 1 else None
