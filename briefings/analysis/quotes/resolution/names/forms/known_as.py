"""A name the article says someone is known by: "Andrés Manuel López Obrador, known as AMLO,"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = ["known_as"]

# a full name (capitalised words, particles between them), a comma, then "known as" or "known by
# his initials" and the word it gives: "López Obrador, widely known as AMLO"
_NAME: Final = (
    r"([A-Z][\w’'\-]+(?:\s+(?:(?:da|de|del|dos|do|von|van|der|den|la|le)\s+)*[A-Z][\w’'\-]+)+)"
)
_KNOWN: Final = (
    r",\s+(?:(?:widely|popularly|commonly|better|also|universally)\s+)?known\s+"
    r"(?:as|by\s+(?:his|her|their)\s+(?:initials|nickname))\s+[“\"]?"
)


# a name's run that goes on a body's name before it: "The Congress of [South African Trade Unions]"
_BODY_BEFORE: Final = re.compile(r"(?:\b(?:of|for|the|The)|[A-Z][\w’'\-]*)\s+\Z")


def known_as(word: str, paragraphs: Sequence[str]) -> str | None:
    """The full name of the one person the article says is known as `word` ("AMLO" of "Andrés
    Manuel López Obrador, known as AMLO,"); None when it says so of no one, or of two."""
    pattern = re.compile(_NAME + _KNOWN + re.escape(word) + r"(?![\w’'\-])")
    found = {
        m.group(1)
        for par in paragraphs
        for m in pattern.finditer(par)
        if not _BODY_BEFORE.search(par, 0, m.start(1))
    }
    return found.pop() if len(found) == 1 else None
