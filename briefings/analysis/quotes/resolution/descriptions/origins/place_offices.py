"""Who holds an office of a place or a party the article writes beside a name: "The Bishop of
Durham, Tom Wright," is whom "the bishop" means; "The Lib Dem leader, Ed Carrick," whom "the Lib
Dem leader" means."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.quotes.resolution.descriptions.nouns import NAME

__all__ = ["apposed_holders", "place_office_holders"]

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


def apposed_holders(role: str, paragraphs: Sequence[str]) -> set[str]:
    """The full names `paragraphs` set in apposition to the very words of a description of
    several words ("Lib Dem leader": "The Lib Dem leader, Ed Carrick,", "Ed Carrick, the Lib Dem
    leader,"; "Gillian Pryce, the shadow chancellor,"), each as written there."""
    words = role.split()
    if len(words) < 2 or not words[-1].islower():
        return set()
    said = re.escape(role)
    before = re.compile(rf"\b[Tt]he {said}, ({NAME}),")
    after = re.compile(rf"({NAME}), the {said}[,.]")
    found: set[str] = set()
    for paragraph in paragraphs:
        if role in paragraph:  # (most paragraphs never write it: no search made)
            found.update(m.group(1) for m in before.finditer(paragraph))
            found.update(m.group(1).removesuffix(".") for m in after.finditer(paragraph))
    found = {name.rsplit(". ", 1)[-1] for name in found}  # not "Cambridge. Gillian Pryce"
    return {name for name in found if " " in name}
