"""How often each entity is named in an article, and in which forms."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from briefings.analysis.people.entities.grouping import Entity


def count_mentions(
    entities: Sequence[Entity], paragraphs: Sequence[str]
) -> tuple[dict[int, int], dict[int, list[str]]]:
    """How often each entity is named and in which forms; a shared form goes to the latest named."""
    owners: dict[str, list[Entity]] = {}
    for entity in entities:
        for form in dict.fromkeys([*entity.texts, *entity.aliases]):
            owners.setdefault(form, []).append(entity)
    counts = {id(e): 0 for e in entities}
    forms: dict[int, list[str]] = {id(e): [] for e in entities}
    if not owners:
        return counts, forms
    last_seen: dict[int, int] = {}
    for position, form in enumerate(_namings(paragraphs, list(owners)), start=1):
        candidates = owners[form]
        entity = max(candidates, key=lambda e: last_seen.get(id(e), -1))
        if len(candidates) > 1 and id(entity) not in last_seen:
            entity = candidates[0]
        last_seen[id(entity)] = position
        counts[id(entity)] += 1
        forms[id(entity)].append(form)
    return counts, forms


def _namings(paragraphs: Sequence[str], forms: Sequence[str]) -> list[str]:
    """The forms named in the paragraphs, in reading order, each as a whole word: at each place
    the longest form that fits, the next naming starting after it (as a regular expression of the
    forms, longest first, would find them, without compiling one per article)."""
    found = []
    texts = [_PARAGRAPH_BREAK.join(paragraphs)]  # the break joins no form across paragraphs
    if any(_PARAGRAPH_BREAK in form for form in forms):
        texts = list(paragraphs)
    for text in texts:
        places = []
        for form in forms:
            at = text.find(form)
            while at != -1:
                end = at + len(form)
                if (at == 0 or not _is_word_char(text[at - 1])) and (
                    end == len(text) or not _is_word_char(text[end])
                ):
                    places.append((at, -len(form), form))
                at = text.find(form, at + 1)
        places.sort()
        reached = 0
        for at, minus_length, form in places:
            if at >= reached:
                found.append(form)
                reached = at - minus_length
    return found


_PARAGRAPH_BREAK: Final = "\n"


def _is_word_char(char: str) -> bool:
    """What `[\\w-]` matches: a letter, digit or underscore, or a hyphen."""
    return char.isalnum() or char in "_-"
