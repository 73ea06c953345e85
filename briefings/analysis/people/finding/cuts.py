"""Where a name starts and ends in its run: a title's tail, a describing word, a headline."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefings.analysis.common.names import COMMON_WORDS, DEMONYMS, name_key
from briefings.analysis.people.own_words.nature import is_common_word, is_thing_word
from briefings.analysis.people.roles.occupations import AGENT_NOUN
from briefings.analysis.people.roles.roles import Token
from briefings.analysis.speech.name_shapes import first_name_like, is_title_word

# An acronym that ends a name makes it a body's: "GOP", "PAC" (not a Roman numeral: "John
# Paul II"; not initials inside a name: "George HW Bush").
ACRONYM = re.compile(r"(?![IVX]+\b)[A-Z]{2,}")


def headline_cut(run: Sequence[Token]) -> int:
    """Where a name ends before the words of a headline written in title case: a name of one or
    two words followed only by common words that are no personal names, one of them a word of
    grammar ("Sanders Is Not Done" → 1, "Paul Ryan Says No" → 2); the whole run otherwise
    ("Joseph R. Biden Jr", "Mary Queen of Scots")."""
    for k in (1, 2):
        tail = run[k:]
        if (
            len(tail) >= 2
            and first_name_like(run[0].text) == (k == 2)
            and all(t.is_word and t.is_cap and _headline_word(t) for t in tail)
            and any(t.lower in COMMON_WORDS for t in tail)
        ):
            return k
    return len(run)


def _headline_word(token: Token) -> bool:
    return token.lower in COMMON_WORDS or is_thing_word(token.text)


def title_tail(name: Sequence[Token]) -> int:
    """How many words of a title are left before the name a title split gives: a common word
    that is no personal name or an acronym, before a given name and a surname ("Intelligence
    James Clapper", "AG Vanita Gupta" → 1); none in "Will Smith" or "Rand Paul"."""
    k = 0
    while (
        len(name) - k > 2
        and first_name_like(name[k + 1].text)
        and (is_thing_word(name[k].text) or ACRONYM.fullmatch(name[k].text))
    ):
        k += 1
    return k


def after_thing_words(run: Sequence[Token]) -> int | None:
    """Where a given name starts after thing-like words that open a run: "Affairs Phil Smith"
    → 1 (the plural that ends a title: "Secretary of Veterans Affairs", "of Elections"), not
    "Time Warner Cable"."""
    k = 0
    while k < len(run) - 2 and is_thing_word(run[k].text) and run[k].lower.endswith("s"):
        k += 1
    return k if k and first_name_like(run[k].text) else None


def after_a_hyphenated_title(run: Sequence[Token]) -> int | None:
    """Where a name starts after a compound of a thing-like word and a person's position, before
    a given name: "Whitbread Prize-winner Andrea Levy" → 2; not "Jane Smith-Baker Jones" nor
    "Mark Lewis-Francis" (names on both sides of the hyphen)."""
    for k in range(len(run) - 3, -1, -1):
        first, _, last = run[k].lower.partition("-")
        if (
            last
            and is_thing_word(first)
            and AGENT_NOUN.search(last) is not None
            and is_common_word(last)
            and first_name_like(run[k + 1].text)
        ):
            return k + 1
    return None


DESCRIBING_ENDS = (
    *("-based", "-owned", "-listed", "-controlled", "-run", "-backed"),
    *("-style", "-like", "-era", "-esque", "-type"),  # "a Tony Blair-style reform"
)


def described_run(run: Sequence[Token]) -> bool:
    """A run opening with a describing word before a first name: a title in nameparser's list
    ("Novelist") or a people ("American", "Dutchman")."""
    first = run[0].text
    people = name_key(first) in DEMONYMS or name_key(first.removesuffix("man")) in DEMONYMS
    return (is_title_word(first) or people) and first_name_like(run[1].text)
