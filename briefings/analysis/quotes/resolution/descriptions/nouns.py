"""Whom a description by a plain noun means ("The developer was less careful."): the one person the
article writes that noun beside, in an apposition or before the name."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["noun_written_beside"]

_NAME: Final = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*"


def noun_written_beside(noun: str, paragraphs: list[str]) -> str | None:
    """The surname of the one name `paragraphs` write the lower-case `noun` beside: in an
    apposition ("Marcus Tillery, a Florida real estate developer,"), before it ("businessman
    Curtis Hale") or before an apposition of it ("The Republican nominee for governor, Rick
    Sorensen,"); None when they write it beside no name or beside several. No match crosses a
    paragraph's end and each holds the noun, so only the paragraphs that write it are searched."""
    found: set[str] = set()
    for paragraph in paragraphs:
        if noun in paragraph:  # (most paragraphs never write it: no search made)
            found |= _beside_in(noun, paragraph)
    return found.pop() if len(found) == 1 else None


def _beside_in(noun: str, text: str) -> set[str]:
    """The surnames one paragraph writes `noun` beside, in any of the three ways."""
    word = re.escape(noun)
    found = {
        m.group(1).split()[-1]
        for m in re.finditer(rf"({_NAME}), (?:an?|the) [^,.;:“”\n]*?\b{word}\b", text)
    }
    found.update(m.group(1).split()[-1] for m in re.finditer(rf"\b{word} ({_NAME})", text))
    found.update(  # "his largest donor, the hedge fund manager Alan Petrie,"
        m.group(1).split()[-1]
        for m in re.finditer(
            rf"\b{word}\b[^,.;:“”\n]{{0,30}}, (?:[a-z][\w-]* ){{0,5}}({_NAME}),", text
        )
    )
    return found
