"""Whom a description by a plain noun means ("The developer was less careful."): the one person the
article writes that noun beside, in an apposition or before the name."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["noun_written_beside"]

_NAME: Final = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*"


def noun_written_beside(noun: str, text: str) -> str | None:
    """The surname of the one name `text` writes the lower-case `noun` beside: in an apposition
    ("Marcus Tillery, a Florida real estate developer,"), before it ("businessman Curtis Hale") or
    before an apposition of it ("The Republican nominee for governor, Rick Sorensen,"); None when
    it writes it beside no name or beside several."""
    if noun not in text:  # (most articles never write it: no search made)
        return None
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
    return found.pop() if len(found) == 1 else None
