"""Someone the article writes as another's staff ("Okafor’s campaign manager, Luis Ferrer"): no officeholder."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = ["on_staff"]

# jobs on someone's staff, written in lower case before the name, with or without a comma
_JOBS: Final = (
    "campaign manager|campaign chairman|campaign chairwoman|chief of staff|press secretary"
    "|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|strategist|pollster|lawyer"
)


def on_staff(name: str, paragraphs: Sequence[str]) -> bool:
    """Whether the article writes a staff job right before the full `name`: "Okafor’s campaign
    manager, Luis Ferrer,", "campaign spokesman Tim Hale" — a job, not an office, so "the former
    congressman" is not he."""
    if " " not in name:
        return False
    pattern = re.compile(rf"\b(?:{_JOBS}),? {re.escape(name)}\b")
    return any(name in par and pattern.search(par) for par in paragraphs)
