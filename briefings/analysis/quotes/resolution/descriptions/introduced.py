"""A definite description that points back to someone who spoke in the article without a name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.speech.roles import role_near

_SPOKE_AFTER: Final = re.compile(r"(?:(?!'')[^.“”\"]){0,100}?\b(?:said|says|told|tells)\b")
_SPOKE_BEFORE: Final = re.compile(r"\b(?:said|says|according to)\s+$")
_APPOSED: Final = re.compile(r"[A-Z][\w.’'-]*,\s+$")  # "Raymond Ortiz, [a nurse]": his role


def introduced_unnamed(
    role: str, pos: int, candidates: Sequence[str], paragraphs: Sequence[str]
) -> bool:
    """ "… a Democratic operative who has worked in the county said …. “…,” the operative
    said": the description's head was written before `pos` (in the paragraphs joined by line
    breaks) after "a", "an" or "one" for someone who spoke there (a source the article does not
    name; not in an appositive, "Raymond Ortiz, a nurse, said") and no named candidate is given
    that head as a role, so "the operative" is that source, not the person quoted last."""
    head = role.split()[-1].lower()
    if not head.isalpha():
        return False
    intro: re.Pattern[str] | None = None
    start = 0
    for par in paragraphs:
        if start >= pos:
            break
        text = par[: pos - start]
        start += len(par) + 1
        if head not in text:  # (most paragraphs do not write it: no pattern run on them)
            continue
        if intro is None:
            intro = re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){{0,3}}{head}\b")
        if any(_spoke(text, m) for m in intro.finditer(text)):
            return not any(
                head in (role_near(name, paragraphs) or "").lower().split() for name in candidates
            )
    return False


def _spoke(text: str, m: re.Match[str]) -> bool:
    """The unnamed person introduced at `m` speaks there, and is no named person's appositive."""
    return not _APPOSED.search(text, max(0, m.start() - 30), m.start()) and bool(
        _SPOKE_AFTER.match(text, m.end())
        or _SPOKE_BEFORE.search(text, max(0, m.start() - 16), m.start())
    )
