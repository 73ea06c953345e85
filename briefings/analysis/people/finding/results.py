"""The two sides of a match's result written in a sentence: "Kyren Wilson beat Judd Trump 10-7"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.people.roles.roles import Token

# Verbs between the winner and the loser of a match, or the loser and "to" the winner.
_BEAT: Final = words_set("beat beats defeated defeats edged thrashed overcame")
_LOST: Final = words_set("lost loses")


def may_face(sentence: str) -> bool:
    """Whether the sentence has a word `facing_sides` looks for (substring tests, written out:
    cheaper than reading its names, and than a generator over a tuple of words)."""
    return (
        " beat" in sentence
        or " defeat" in sentence
        or " los" in sentence
        or " edged " in sentence
        or " thrashed " in sentence
        or " overcame " in sentence
    )


def facing_sides(
    tokens: Sequence[Token], spans: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The pairs of spans (by their index in `spans`) that name the two sides of a result with its
    score after the second: "Kyren Wilson beat Judd Trump 10-7", "Jak Jones lost to Ding Junhui
    6-4" (of the same kind: a player against a player, a club against a club)."""
    pairs = []
    for k in range(len(spans) - 1):
        (_, end), (start, after) = spans[k], spans[k + 1]
        if start - end == 1:
            facing = tokens[end].lower in _BEAT
        elif start - end == 2:
            facing = tokens[end].lower in _LOST and tokens[end + 1].lower == "to"
        else:
            continue
        if facing and _a_score(tokens, after):
            pairs.append((k, k + 1))
    return pairs


def _a_score(tokens: Sequence[Token], k: int) -> bool:
    """A score at `k`: "10-7", "6-4"."""
    return (
        k + 2 < len(tokens)
        and tokens[k].text.isdigit()
        and tokens[k + 1].text in {"-", "–"}
        and tokens[k + 2].text.isdigit()
    )
