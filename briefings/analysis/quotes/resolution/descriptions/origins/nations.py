"""Whom a description by nation means ("The Scot", "the Welshman"): the one the article ties to it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.quotes.resolution.descriptions.origins.parties import written_beside

__all__ = ["tied_to_nation"]

_STEM: Final = 4  # letters a demonym shares with its nation's other words: "Scot-tish", "Wels-h"


def tied_to_nation(name: str, demonym: str, paragraphs: Sequence[str]) -> bool:
    """The article writes the nation of `demonym` beside the person `name`: "Scotland-born
    athlete Sarah Claxton" for "The Scot", "Welsh winger Gareth Bale" for "the Welshman"."""
    bare = re.sub(r"(wo)?man$", "", demonym)
    stem = bare[:_STEM] if len(bare) >= _STEM else bare
    return re.search(rf"\b{re.escape(stem)}", written_beside(name, paragraphs)) is not None
