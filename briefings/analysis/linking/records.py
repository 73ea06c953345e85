"""An entity as one article found it (a mention) and as the whole story holds it.

Plain dataclasses, not frozen ones: mypyc builds those natively (a frozen one is built through
the interpreter's slow path). Neither is ever changed nor hashed."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class MentionInput:
    """One entity as found in one article (a stored FoundEntity)."""

    id: int
    article_id: int
    name: str
    kind: str  # an EntityKind: "person", "organisation" or "place"
    role: str | None = None
    aliases: tuple[str, ...] = ()
    count: int = 1


@dataclass
class StoryEntity:
    """One person, organisation or place across the whole story."""

    name: str  # the fullest form; among equally full ones, the one most articles use
    kind: str  # an EntityKind: "person", "organisation" or "place"
    role: str | None  # the role written most often, the most specific among equally frequent
    aliases: tuple[str, ...]  # every other form used by any article
    mentions: int  # how often the articles name it, all together
    member_ids: tuple[int, ...]
    article_ids: tuple[int, ...]
    roles: tuple[str, ...] = ()  # every distinct role written, best first
