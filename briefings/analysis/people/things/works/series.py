"""A show named by what is done to its series: "will return for a new series", "recommissioned"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.people.finding.runs import cap_at
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.clauses import BEING

# Done only to a show, a title's "Father" or "Dr" notwithstanding: "Father Brown has been
# recommissioned" (not "commissioned", as officers are, nor "axed", as players are).
_RECOMMISSIONED: Final = words_set("recommissioned")


def recommissioned(tokens: list[Token], end: int) -> bool:
    """A name before a form of "be" and "recommissioned": a show, whatever its title ("Father
    Brown has been recommissioned for a 12th series")."""
    k = end
    while k < len(tokens) and tokens[k].lower in BEING and k - end < 3:
        k += 1
    return k > end and k < len(tokens) and tokens[k].lower in _RECOMMISSIONED


# The verbs of a show's coming back: "will return for a fourth series", "is back for a new run".
_RETURNS: Final = words_set("return returns returning returned renewed back")

# A show's seasons: "a fourth series", "a new run".
_SERIES: Final = words_set("series season run")


def returns_for_a_series(tokens: list[Token], end: int) -> bool:
    """A name before a verb of returning or renewing (after "is to", "will", "has been"), maybe
    "to" a channel in capitals, and "for a" or "in a" with a series that no work or part follows:
    a show's hint ("Ted Lasso is to return for a fourth series", "Alan Partridge returns to BBC
    One in a new series"; not "Smith will return for a fourth term", nor "Olivia Colman is to
    return for a second series of Broadchurch", "… in a new series as Ted", an actor)."""
    k = end
    while k < len(tokens) and k - end < 3 and tokens[k].lower in _BEFORE_RETURNING:
        k += 1
    if k == len(tokens) or tokens[k].lower not in _RETURNS:
        return False
    if k + 2 < len(tokens) and tokens[k + 1].lower == "to" and cap_at(tokens, k + 2):
        k += 2  # "returns to BBC One in a new series"
        while k + 1 < len(tokens) and k - end < 8 and cap_at(tokens, k + 1):
            k += 1
    tail = tokens[k + 1 : k + 6]
    if len(tail) < 3 or tail[0].lower not in {"for", "in"} or tail[1].lower not in {"a", "an"}:
        return False
    series = next((n for n, t in enumerate(tail) if n > 1 and t.lower in _SERIES), None)
    after = k + 2 + series if series is not None else len(tokens)
    return series is not None and (after == len(tokens) or tokens[after].lower not in _A_PARTS)


# How many runs a show had before it was cancelled: "after one series", "after its first season".
_HOW_MANY_RUNS: Final = words_set("one two three four five a its first second third single")


def cancelled_after_a_series(tokens: list[Token], end: int) -> bool:
    """A name before a form of "be" and "cancelled" or "canceled", then "after" and how many
    series, seasons or runs: a show ("Young Sherlock has been cancelled after one series"; not
    "Tom Hale's gig was cancelled after one song", nor a presenter "dropped after one series")."""
    k = end
    while k < len(tokens) and k - end < 3 and tokens[k].lower in BEING:
        k += 1
    if k == end or k + 3 >= len(tokens) or tokens[k].lower not in {"cancelled", "canceled"}:
        return False
    if tokens[k + 1].lower != "after":
        return False
    k += 2
    while k < len(tokens) and k - end < 10 and tokens[k].lower in _HOW_MANY_RUNS:
        k += 1
    return k < len(tokens) and tokens[k].lower in _SERIES


# What follows an actor's series: "a second series of Broadchurch", "a new series as Ted".
_A_PARTS: Final = words_set("of as in on alongside with opposite")


# What stands between a show's name and its verb of returning: "is to", "will", "has been".
_BEFORE_RETURNING: Final = words_set("is to will has have been be")
