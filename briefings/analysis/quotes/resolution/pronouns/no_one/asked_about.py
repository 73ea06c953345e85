"""A pronoun after an opening "Asked about X's …," resolved to X ("Asked about Paige’s comments,
she said: “…”"): X is what the speaker was asked about, not the speaker."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.quotes.resolution.sentence_starts import starts_outside_quotations

__all__ = ["asked_about_them"]

_ASKED_ABOUT: Final = re.compile(r"(?:\w+ )?[Aa]sked (?:about|of|on|for) ([^,]+),")


def asked_about_them(name: str, par: str, at: int) -> bool:
    """The sentence of `par` holding the quotation at `at` opens with "Asked about" a phrase
    naming `name` (by surname): the pronoun after it is someone else's."""
    if "sked " not in par:  # no "asked" anywhere: no sentence opens on "Asked about"
        return False
    own = starts_outside_quotations(par, at)[-1]
    asked = _ASKED_ABOUT.match(par, own)
    if asked is None or asked.end() > at:
        return False
    return re.search(rf"\b{re.escape(name.split()[-1])}\b", asked.group(1)) is not None
