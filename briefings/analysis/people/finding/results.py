"""The two sides of a match's result written in a sentence: "Kyren Wilson beat Judd Trump 10-7"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.people.roles.tokens import Token

# Verbs between the winner and the loser of a match, or the loser and "to" the winner.
_BEAT: Final = words_set("beat beats defeated defeats edged thrashed overcame")
_LOST: Final = words_set("lost loses")


def facing(tokens: list[Token], end: int, start: int, after: int) -> bool:
    """Whether the name ending at `end` and the one from `start` to `after` are the two sides of
    a result with its score after the second: "Kyren Wilson beat Judd Trump 10-7", "Jak Jones
    lost to Ding Junhui 6-4" (of the same kind: a player against a player, a club against a
    club)."""
    if start - end == 1:
        verb = tokens[end].lower in _BEAT
    elif start - end == 2:
        verb = tokens[end].lower in _LOST and tokens[end + 1].lower == "to"
    else:
        return False
    return verb and a_score(tokens, after)


def a_score(tokens: list[Token], k: int) -> bool:
    """A score at `k`: "10-7", "6-4"."""
    return (
        k + 2 < len(tokens)
        and tokens[k].text.isdigit()
        and tokens[k + 1].text in {"-", "–"}
        and tokens[k + 2].text.isdigit()
    )
