"""How the quote evaluations match a found quote to a labelled one: the same words, one to one."""

from __future__ import annotations

import re


def norm(text: str) -> str:
    """Lower case, words only."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
