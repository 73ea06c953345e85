"""Whether the words of a name can make a person's: no common words, no thing-like first word."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.common.given_names.first_names import is_given_name
from briefings.analysis.common.kinds import not_in_a_name
from briefings.analysis.common.names import (
    COMMON_WORDS,
    DEMONYMS,
    NAME_PARTICLES,
    ROLE_HEADS,
    ROLE_MODIFIERS,
)
from briefings.analysis.people.own_words.nature import (
    is_english_word,
    is_thing_word,
    known_name_word,
    thing_words,
)
from briefings.analysis.people.roles.tokens import Token

INITIAL: Final = re.compile(r"[A-Z]\.")


def not_name_word(word: str) -> bool:
    return word in COMMON_WORDS or word in ROLE_HEADS or word in ROLE_MODIFIERS or word in DEMONYMS


def looks_like_name(name: list[Token]) -> bool:
    """Two to four capitalised words that are not common words, places or institutions."""
    words = [t for t in name if t.lower not in NAME_PARTICLES]
    if not 2 <= len(words) <= 4:
        return False
    for t in words:
        w = t.lower
        if t.text.isupper() and len(t.text) > 1 and not INITIAL.fullmatch(t.text):
            return False
        if not_in_a_name(w) and not (t is words[-1] and _surname_after_a_given_name(words)):
            return False
    return True


def _surname_after_a_given_name(words: list[Token]) -> bool:
    """A title's word that is also a surname, after a given name: "John Major", "Mervyn King",
    "Sarah Bishop" (but not "Burger King": no given name before it)."""
    last = words[-1].lower
    return (
        last in ROLE_HEADS
        and is_given_name(words[0].text)
        and known_name_word(last)
        and not any(not_in_a_name(t.lower) for t in words[:-1])
    )


def thing_named(words: Sequence[str]) -> bool:
    """Every word of the name thing-like, or its first word: "History Boys", "Athletics Kenya"."""
    things = thing_words(words)
    return bool(things) and (len(things) == len(words) or things[0] == words[0])


def thing_first(text: str) -> bool:
    """A full name opening with a common word that is no given name: "Asserting Clinton",
    "Dump Trump", "Classic Clinton" are no people called Clinton or Trump; two initials written
    joined are no word ("JK Rowling")."""
    first = text.split()[0]
    if len(first) == 2 and first.isupper():
        return False
    return is_thing_word(first) or is_english_word(first)
