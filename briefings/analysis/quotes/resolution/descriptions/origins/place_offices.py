"""Who holds an office of a place the article writes capitalised beside a name: "The Bishop of
Durham, Tom Wright," and "Tom Wright, the Bishop of Durham," are whom "the bishop" means."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.quotes.resolution.descriptions.nouns import NAME

__all__ = ["place_office_holders"]

# a place's capitalised words: "Durham" ("Bath and Wells" is read as far as "Bath")
_PLACE: Final = r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}"


def place_office_holders(noun: str, paragraphs: list[str]) -> set[str]:
    """The names `paragraphs` set beside the lower-case `noun` written as a capitalised office
    of a place ("bishop": "The Bishop of Durham, Tom Wright,", "Tom Wright, the Bishop of
    Durham"), each as written there."""
    if not noun.isalpha() or not noun.islower():
        return set()
    office = rf"{re.escape(noun.capitalize())} of {_PLACE}"
    before = re.compile(rf"\b[Tt]he {office}, ({NAME}),")
    after = re.compile(rf"({NAME}), the {office}\b")
    found: set[str] = set()
    word = noun.capitalize() + " of "
    for paragraph in paragraphs:
        if word in paragraph:  # (most paragraphs never write it: no search made)
            found.update(m.group(1) for m in before.finditer(paragraph))
            found.update(m.group(1) for m in after.finditer(paragraph))
    return {name for name in found if " " in name}
