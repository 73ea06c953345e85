"""Maximal runs of capitalised words in a sentence: where names are looked for."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from briefings.analysis.common.names import CALENDAR, NAME_PARTICLES, ORG_PREFIXES, ORG_SUFFIXES
from briefings.analysis.people.roles.tokens import Token

_SHORT_TITLES: Final = frozenset(
    {"gov", "sen", "rep", "gen", "col", "lt", "capt", "sgt", "adm", "prof", "dr"}
)


# Verbs that follow the pronoun "I", never a king's name: "Carter I think".
_FIRST_PERSON_VERBS: Final = frozenset(
    {"think", "believe", "know", "guess", "mean", "suppose", "am", "hope", "feel", "thought"}
)


def name_runs(tokens: list[Token]) -> Iterator[tuple[int, int]]:
    """Maximal runs of capitalised words, joined by name particles and "of" in institutions."""
    i = 0
    while i < len(tokens):
        if not (tokens[i].is_word and tokens[i].is_cap):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and not tokens[j - 1].possessive:
            step = _joins(tokens, i, j)
            if not step:
                break
            j += step
        yield i, j
        i = j


def _joins(tokens: list[Token], i: int, j: int) -> int:
    """How many tokens from j on continue the run that starts at i (0: the run ends)."""
    t = tokens[j]
    if t.text == "I" and j + 1 < len(tokens) and tokens[j + 1].lower in _FIRST_PERSON_VERBS:
        return 0  # the pronoun, no regnal number: "President Carter I think set" ("Charles I
        # was beheaded" keeps it: "was" follows a king too)
    if t.is_word and t.is_cap:
        return 1
    if t.text == "." and (tokens[j - 1].is_courtesy or tokens[j - 1].lower in _SHORT_TITLES):
        return 1  # "Mr. Kim", "Gov. Chris Christie"
    if t.lower in NAME_PARTICLES:
        if cap_at(tokens, j + 1):
            return 1
        if j + 1 < len(tokens) and tokens[j + 1].lower in NAME_PARTICLES and cap_at(tokens, j + 2):
            return 2  # two particles: "Jorrit van der Meulen", "Ursula von der Leyen"
    if t.is_word and _JOINED_PARTICLE.fullmatch(t.text):
        return 1  # "Abu Musab al-Zarqawi", "Mohamed el-Baradei": an Arabic article joined
    # to the surname by a hyphen
    if t.text == "&" and cap_at(tokens, j + 1):
        return 2  # "Marks & Spencer", "Procter & Gamble": a firm's name
    if t.lower in {"of", "for"} and _joins_institution(tokens, i, j):
        return 2 if tokens[j + 1].lower == "the" else 1
    if t.lower == "to" and tokens[j - 1].is_cap and _joins_institution(tokens, i, j):
        return 2 if tokens[j + 1].lower == "the" else 1  # "Chief Secretary to the Treasury"
    return 0


# A lower-case article joined by a hyphen to a capitalised name: "al-Zarqawi", "el-Baradei".
_JOINED_PARTICLE: Final = re.compile(r"(?:al|el|ad|ash|as|az|ud|ul)-[A-Z][a-z]+")


def cap_at(tokens: list[Token], j: int) -> bool:
    return j < len(tokens) and tokens[j].is_word and tokens[j].is_cap


def _joins_institution(tokens: list[Token], i: int, j: int) -> bool:
    """ "Office of Foreign Assets Control", "Secretary of State": "of" inside a name."""
    nxt = j + 2 if j + 1 < len(tokens) and tokens[j + 1].lower == "the" else j + 1
    if not cap_at(tokens, nxt) or tokens[nxt].lower in CALENDAR:
        return False
    before = tokens[j - 1]
    return before.is_head or before.lower in ORG_PREFIXES or before.lower in ORG_SUFFIXES


def run_text(sentence: str, tokens: list[Token]) -> str:
    """The words of a run as written, without a final possessive ending."""
    last = tokens[-1]
    return sentence[tokens[0].start : last.start + len(last.text)]
