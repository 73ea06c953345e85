"""Racehorses named like people: the winner or the beaten of a race by lengths, a neck or a head."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.people.roles.tokens import Token

# Verbs of winning that a horse's distance follows: "won the Grand National by three lengths".
_WON: Final = words_set("won wins win beat beats")

# The last word of a horse race's winning distance: "by three lengths", "by a neck".
_DISTANCES: Final = words_set("length lengths neck head nose")

# Words that make the sentence's subject a rider, not the horse: "aboard Nick Rockett", "Ruby Walsh
# will ride the six-year-old, who beat Monkerhostin by eight lengths" (round 59); "on"
# only before a name ("won on Nick Rockett by"; not "stayed on strongly", "on Saturday").
_RIDING: Final = words_set("aboard ride rides rode riding ridden partnered partnering")

# Capitalised words after "on" that tell when, not which horse: "on Saturday", "on Boxing Day".
_WHEN: Final = words_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december boxing christmas easter new"""
)


def won_by_a_distance(tokens: list[Token], start: int, end: int) -> bool:
    """A name opening its sentence whose verb of winning is measured in lengths, a neck, a head or
    a nose, with no word of riding between: a horse ("Nick Rockett, the 7-1 favourite, won the
    Grand National by three lengths"; not "Paul Townend won on Galopin Des Champs by a neck")."""
    if start != 0 or "by" not in (t.lower for t in tokens[end:]):
        return False
    won = next((k for k in range(end, len(tokens)) if tokens[k].lower in _WON), None)
    if won is None or any(t.lower in _RIDING for t in tokens[end:]):
        return False
    if any(_on_a_horse(tokens, k) for k in range(end, len(tokens) - 1)):
        return False
    return any(
        tokens[k].lower == "by" and _a_distance(tokens[k + 1 : k + 4])
        for k in range(won + 1, len(tokens) - 1)
    )


def beaten_by_a_distance(tokens: list[Token], start: int, end: int) -> bool:
    """A name right after "beat" and right before "by" and a winning distance, with no word of
    riding in the sentence: the beaten horse ("Harry Lorimer, the 7-2 favourite, beat Monty
    Garrick by a neck at Sandown"; not "Tony McCoy on Kauto Star beat Ruby Walsh by a head")."""
    if start == 0 or tokens[start - 1].lower not in _BEAT or end + 1 >= len(tokens):
        return False
    if tokens[end].lower != "by" or not _a_distance(tokens[end + 1 : end + 4]):
        return False
    if any(t.lower in _RIDING for t in tokens):
        return False
    return not any(_on_a_horse(tokens, k) for k in range(len(tokens) - 1))


# Verbs before the beaten runner: "beat Monty Garrick by a neck".
_BEAT: Final = words_set("beat beats beating pipped")


def _on_a_horse(tokens: list[Token], k: int) -> bool:
    """ "on" at k before a name in capitals that tells no day or month: "won on Nick Rockett"."""
    after = tokens[k + 1]
    return tokens[k].lower == "on" and after.is_word and after.is_cap and after.lower not in _WHEN


def _a_distance(after_by: list[Token]) -> bool:
    """Up to two words in lower case or figures, then a distance's word: "three lengths", "a
    short head", "1½ lengths", "a neck" (not "by Dua Lipa's head")."""
    for t in after_by:
        if t.lower in _DISTANCES:
            return True
        if t.is_cap or not (t.is_word or t.text[:1].isdigit()):
            return False
    return False
