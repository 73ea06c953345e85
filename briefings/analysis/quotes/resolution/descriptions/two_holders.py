"""A description by a plain noun ("the justice") after two people holding it were named together."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from briefings.analysis.speech.name_index import NameIndex
from briefings.analysis.speech.roles import role_near

__all__ = ["named_with_another_holder"]


class _Named(Protocol):
    """A person named before a quote and the paragraph naming them (a resolve.Mention)."""

    name: str
    paragraph: int


def named_with_another_holder(
    role: str,
    name: str,
    index: NameIndex,
    recent: Sequence[_Named],
    paragraphs: Sequence[str],
    pos: int,
) -> bool:
    """`name`, the most salient person for "the <role>" (written at `pos`), was last named in a
    paragraph that also names another person the article gives a role holding that noun
    ("Justice Harold Kemper and Justice Ruth Abara each wrote a dissent. Kemper argued …, while
    Abara … / “…,” the justice wrote"): either may be meant."""
    head = role.lower()
    if " " in head or not head.isalpha() or head not in _held(name, paragraphs):
        return False
    last = max((m.paragraph for m in recent if m.name == name), default=-1)
    if last < 0:
        return False
    par = paragraphs[last]
    others = {
        full
        for at, run in index.runs[: index.runs_before(pos)]
        if (full := index.fullest(run, at)) != name and index.is_person(full)
    }
    return any(
        re.search(rf"\b{re.escape(other.split()[-1])}\b", par) and head in _held(other, paragraphs)
        for other in others
        if other.split()[-1] != name.split()[-1]
    )


def _held(name: str, paragraphs: Sequence[str]) -> list[str]:
    """The words of the role the article writes for `name`, in lower case."""
    return (role_near(name, paragraphs) or "").lower().split()
