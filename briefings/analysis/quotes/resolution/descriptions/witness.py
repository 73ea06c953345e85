"""Whom "the witness said" means: the most salient person quoted before who is not questioning."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.speech.roles import role_near

__all__ = ["WITNESS", "witness_meant"]

WITNESS: Final = "witness"

# the words of a role that questions a witness rather than answers: a lawyer, a judge, a lawmaker
_QUESTIONING: Final = frozenset(
    {
        "attorney",
        "lawyer",
        "counsel",
        "prosecutor",
        "judge",
        "justice",
        "magistrate",
        "sen.",
        "rep.",
        "senator",
        "congressman",
        "congresswoman",
        "representative",
        "chairman",
        "chairwoman",
        "chair",
    }
)


def witness_meant(ranked: Sequence[str], paragraphs: Sequence[str]) -> str | None:
    """The first of the people `ranked` (those quoted before, most salient first; "" someone
    unnamed) whom the article
    neither gives a questioning role ("Haskett’s defense attorney, Jerome Pappas", "Sen. Rick
    Holloway", "Circuit Judge Harold Minetti") nor writes asking them ("Holloway asked her");
    None when that is someone unnamed or no one."""
    for name in ranked:
        if not name:
            return None
        if not _questioning(name, paragraphs):
            return name
    return None


def _questioning(name: str, paragraphs: Sequence[str]) -> bool:
    role = (role_near(name, paragraphs) or "").lower().split()
    if any(word in _QUESTIONING for word in role):
        return True
    surname = re.escape(name.split()[-1])
    asking = re.compile(rf"\b{surname},?(?: [^,.“”]{{1,60}},)? (?:asked|pressed) (?:her|him)\b")
    return any(asking.search(p) for p in paragraphs)
