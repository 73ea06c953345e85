"""Works and bands named by awards won: "Best film: Vera Drake", "won best actor for Ray"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.people.finding.runs import cap_at
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.body_words import PREPOSITIONS
from briefings.analysis.people.things.clauses import opens_a_clause
from briefings.analysis.people.things.introduced import WORKS_CATEGORIES

# The categories of an award that a person wins with a work: "Best actress: Imelda Staunton, Vera
# Drake".
_PERSONS_CATEGORIES: Final = words_set(
    """actor actress director newcomer artist singer performer performance male female
    screenplay writer"""
)


def a_winners_work(tokens: list[Token], start: int, end: int) -> bool:
    """The work after a winner's name in a list of awards, the last item of its line: "Vera
    Drake" of "Best actress: Imelda Staunton, Vera Drake" (a person's category; "Best film: Vera
    Drake" names the work at once)."""
    if start < 5 or tokens[start - 1].text != "," or (end < len(tokens) and tokens[end].is_word):
        return False
    if end < len(tokens) and tokens[end].text not in {".", ";"}:
        return False
    k = start - 2
    while k > 0 and cap_at(tokens, k) and start - k < 6:
        k -= 1
    if k == start - 2 or tokens[k].text not in {":", "-", "–"}:
        return False
    category = [t.lower for t in tokens[max(0, k - 4) : k]]
    return bool(category) and category[-1] in _PERSONS_CATEGORIES and "best" in category


# Verbs of winning an award before its category: "won best British group".
_WON: Final = words_set("won wins win named voted")

_NOMINATED: Final = words_set("nominated shortlisted")

# The categories only a band wins: "best British group", "best international band".
_BANDS: Final = words_set("group groups band bands duo")
_BANDS_OR_WORKS: Final = _BANDS | WORKS_CATEGORIES


def _after_the_name_joined(tokens: list[Token], end: int) -> int:
    """Where the sentence goes on after "and" and another capitalised name at `end`, or `end`."""
    if end + 1 >= len(tokens) or tokens[end].lower != "and" or not cap_at(tokens, end + 1):
        return end
    k = end + 1
    while k < len(tokens) and k - end < 5 and cap_at(tokens, k):
        k += 1
    return k


def won_for_a_work(tokens: list[Token], start: int) -> bool:
    """A name after a category won and "for": the work it was won for ("won best actor for Ray",
    "was named best actress for Vera Drake"; not "was best man for Tom Smith")."""
    if start < 4 or tokens[start - 1].lower != "for":
        return False
    k = start - 2
    while k > 0 and start - k < 6 and tokens[k].is_word and not tokens[k].is_cap:
        if tokens[k].lower == "best":
            k -= k > 0 and tokens[k - 1].lower == "the"
            return k > 0 and tokens[k - 1].lower in _WON | _NOMINATED
        k -= 1
    return False


def _the_best_included(tokens: list[Token], k: int) -> int:
    """Where "best" stands after "including" that closes the prizes won from `k`: "won four
    prizes at the Laurence Olivier Awards, including best new musical"; past the tokens if
    none."""
    for m in range(k, min(len(tokens) - 1, k + 12)):
        if tokens[m].lower == "including":
            return m + 1 + (tokens[m + 1].lower == "the")
        if tokens[m].text in {".", ";", ":"}:
            break
    return len(tokens)


def won_as_a_band(tokens: list[Token], start: int, end: int) -> bool:
    """A name that won an award for a band or, the subject of its clause, for a work: "Franz
    Ferdinand won best British group", "Billy Elliot won best new musical", either of two joined
    by "and" ("Vera Drake and Mona Lisa Smile were nominated for best film"; not "Joss Stone won
    best British female", nor "The History Boys by Alan Bennett has been named best new play")."""
    categories = _BANDS_OR_WORKS if opens_a_clause(tokens, start) else _BANDS
    k = _after_the_name_joined(tokens, end)  # "Vera Drake and Kinsey were nominated for"
    k += k < len(tokens) and tokens[k].lower in {"was", "were", "is", "has", "been"}
    k += k < len(tokens) and tokens[k].lower == "been"
    if k + 1 < len(tokens) and tokens[k].lower in _NOMINATED and tokens[k + 1].lower == "for":
        k += 1  # "Billy Elliot was nominated for best musical"
    elif k >= len(tokens) or tokens[k].lower not in _WON:
        return False
    k += 1 + (k + 1 < len(tokens) and tokens[k + 1].lower == "the")
    if k < len(tokens) and tokens[k].lower != "best":
        k = _the_best_included(tokens, k)  # "won four prizes, including best new musical"
    if k >= len(tokens) or tokens[k].lower != "best":
        return False
    for m in range(k + 1, min(len(tokens), k + 5)):
        t = tokens[m]
        if not t.is_word or t.lower in PREPOSITIONS or t.is_head:
            return False  # "best actor in a musical or comedy"
        if t.lower in categories:
            # but who won it "for" a work is its maker: "won best entertainment programme for The
            # X Factor"
            return not (m + 1 < len(tokens) and tokens[m + 1].lower == "for")
    return False
