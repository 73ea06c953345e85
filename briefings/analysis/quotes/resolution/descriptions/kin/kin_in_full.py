"""Whom "her son said" means, and a "she" after "His daughter said": the one person the article
named as "her son, Daniel Hale"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.common.given_names.gender import KIN
from briefings.analysis.speech.name_index import NameIndex

__all__ = ["relative_named_in_full", "relative_spoke_here"]

# an owner's word and a kin noun, as a speaker phrase reads them: "her son", "His daughter"
_OWNED_KIN: Final = re.compile(r"(his|her) (\w+)", re.IGNORECASE)


def relative_named_in_full(
    role: str, paragraphs: Sequence[str], upto: int, index: NameIndex
) -> str | None:
    """For a speaker phrase `role` such as "her son": the one person paragraphs `upto` and before
    name right after the same owner's word and kin noun and a comma ("said her son, Daniel
    Hale."), in full; None when they name no one so, or several ("her son, …" of two women)."""
    m = _OWNED_KIN.fullmatch(role)
    if m is None or m.group(2).lower() not in KIN:
        return None
    owner, kin = m.group(1).lower(), m.group(2).lower()
    pattern = re.compile(rf"\b(?i:{owner}) {kin}, ((?:[A-Z][\w’'-]*\.? ){{1,3}}[A-Z][\w’'-]+)")
    people = {index.fullest(name, 0) for name in _names(pattern, paragraphs[: upto + 1], index)}
    return people.pop() if len(people) == 1 else None


def _names(pattern: re.Pattern[str], paragraphs: Sequence[str], index: NameIndex) -> list[str]:
    """The longest person's name the article writes inside each phrase `pattern` captures."""
    found = []
    for p in paragraphs:
        for m in pattern.finditer(p):
            phrase = m.group(1)
            inside = [full for _, full in index.runs if " " in full and full in phrase]
            inside = [full for full in inside if index.is_person(full)]
            if inside:
                found.append(max(inside, key=len))
    return found


# a sentence whose subject is an owner's relative and whose verb is a speech verb: "His daughter said"
_RELATIVE_SPEAKS: Final = re.compile(
    r"(?:^|(?<=[.!?”\"]\s))((?:His|Her) (\w+)) (?:said|says|told|added|recalled|wrote)\b"
)


def relative_spoke_here(
    paragraphs: Sequence[str], n: int, upto: int, want: str, index: NameIndex
) -> str | None:
    """For a "he" or "she" (gender `want`) at `upto` in paragraph `n`: the relative named in full
    whom a sentence earlier in the paragraph has speak ("His daughter said he kept working …. “…,”
    she said", after "his daughter, Gwendolyn Pemberton-Shaw"), the last such sentence, when its
    kin noun is of that gender and no name stands between it and the pronoun; else None."""
    text = paragraphs[n][:upto]
    if "His " not in text and "Her " not in text:
        return None
    found = list(_RELATIVE_SPEAKS.finditer(text))
    if not found:
        return None
    last = found[-1]
    if KIN.get(last.group(2).lower()) != want or re.search(
        r"\b[A-Z][a-z]+ [A-Z][a-z]+", text[last.end() :]
    ):
        return None
    return relative_named_in_full(last.group(1), paragraphs, n, index)
