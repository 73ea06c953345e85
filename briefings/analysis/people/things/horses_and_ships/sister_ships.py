"""Ships named after royals in an article about a ship so named: "Queen Mary 2 and Queen Victoria"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, Protocol

from briefings.analysis.results import EntityKind

# A royal's title before a name: "Queen", "King", "Prince", "Princess".
_ROYAL: Final = re.compile(r"\b(?:Queen|King|Prince|Princess) ")

# What makes an article a ship's: a ship's noun or a voyage.
_SHIPS: Final = re.compile(
    r"\b(?:ship|ships|liner|liners|vessel|cruise|cruises|fleet|sail|sails|sailed|voyage)\b"
)

# What a real royal does or is said to do in a sentence: speaks, is "he" or "she" (a ship is
# "her" too), names, launches or visits a ship, opens or unveils something.
_A_ROYALS_DEEDS: Final = re.compile(
    r"\b(?:said|says|he|she|his|named|launched|christened|visited|visits|opened|unveiled"
    r"|met|attended|toured)\b"
)


# A piece of each word `_SHIPS` finds: a sentence holding none has no match, and is not searched
# (the search tries its words at every word's edge; few articles are about ships).
_SHIPS_WORDS: Final = ("ship", "liner", "vessel", "cruise", "fleet", "sail", "voyage")


def _a_ships_word(sentence: str) -> bool:
    """Whether `_SHIPS` finds a ship's word in the sentence: searched only where a substring test
    finds a piece of one."""
    for piece in _SHIPS_WORDS:
        if piece in sentence:
            return _SHIPS.search(sentence) is not None
    return False


class _Read(Protocol):
    """What the rule reads and sets of a candidate name."""

    kind: EntityKind | None
    text: str
    role: str | None
    alias: str | None
    evidence: bool
    not_a_person: bool
    thing_hint: bool


def sister_ships(sentences: Sequence[str], read: Sequence[Sequence[_Read]]) -> None:
    """In an article about a ship whose name a royal's title opens, already read as no one's
    ("Queen Mary 2", "the liner Queen Elizabeth"), the other names after a royal's title alone,
    in sentences where no royal speaks or acts, made ships too ("Queen Mary 2 and Queen
    Victoria", "Queen Victoria and Queen Anne will follow"; not "Queen Camilla named the ship")."""
    if not any(_a_ships_word(s) for s in sentences):
        return
    if not any(
        c.not_a_person and _ROYAL.search(s) and f" {c.text}" in s and _titled(s, c.text)
        for s, found in zip(sentences, read, strict=True)
        for c in found
    ):
        return
    for sentence, found in zip(sentences, read, strict=True):
        if _A_ROYALS_DEEDS.search(sentence):
            continue
        for c in found:
            if _a_royals_name(c):
                c.kind, c.evidence, c.not_a_person, c.thing_hint = None, False, True, True


def _a_royals_name(c: _Read) -> bool:
    """One name read as a person's after a royal's title alone: "Queen Victoria"."""
    return (
        c.kind == "person"
        and c.alias is None
        and " " not in c.text
        and c.role is not None
        and c.role.split()[-1] in {"Queen", "King", "Prince", "Princess"}
    )


def _titled(sentence: str, name: str) -> bool:
    """Whether `name` stands right after a royal's title in `sentence`: "Queen Mary"."""
    return any(f"{title} {name}" in sentence for title in ("Queen", "King", "Prince", "Princess"))
