"""A world record set or a world title won right after a name: an athlete's doing."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.people.roles.tokens import Token

# Verbs for setting a record or winning a title: "set", "broke", "won", "retained".
_SETS_OR_WINS: Final = words_set("set sets broke breaks smashed equalled won wins retained retains")

# What a world record or title is: "a new world record", "the world title".
_RECORD_OR_TITLE: Final = words_set("record title")


def sets_a_world_record(tokens: list[Token], end: int) -> bool:
    """A verb of setting or winning, up to three words in lower case and "world record" or "world
    title" right after a name: "Tirunesh Dibaba set a new world record", "Kyren Wilson won the
    world title" (what an athlete does; not "Tesco set a new record for profits")."""
    if end >= len(tokens) or tokens[end].lower not in _SETS_OR_WINS:
        return False
    for k in range(end + 1, min(end + 5, len(tokens) - 1)):
        if not tokens[k].is_word or tokens[k].is_cap:
            return False
        if tokens[k].lower == "world":
            return tokens[k + 1].lower in _RECORD_OR_TITLE
    return False
