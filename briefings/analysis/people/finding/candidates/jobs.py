"""A doer's word before a name and the name of whoever holds the job: "Manager Pep Guardiola"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.given_names.first_names import is_given_name
from briefings.analysis.common.library_lists.zipf import english_zipf
from briefings.analysis.common.names import (
    COMMON_WORDS,
    DEMONYMS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PLACE_SUFFIXES,
    name_key,
    words_set,
)
from briefings.analysis.people.finding.cuts import TRADE_JOBS
from briefings.analysis.people.own_words.nature import is_common_word, is_place_name, is_thing_word
from briefings.analysis.people.roles.occupations import SPORTS_OCCUPATIONS
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.body_words import BODY_NOUNS


def a_job_word(token: Token) -> bool:
    """A sport's position or a word for a doer, in the singular: "Keeper", "Fly-half", "Veteran"
    (not "Certainly", "Celebrities")."""
    low = token.lower
    if low in SPORTS_OCCUPATIONS or low in TRADE_JOBS:
        return True
    if low in COMMON_WORDS or low.endswith("s") or is_given_name(token.text):
        return False
    if not token.is_word or english_zipf(low) < 3.0:  # an English word: "Spinner", "Youngster"
        return False
    return any(_a_words_stem(low[: -len(end)]) for end in _DOERS_ENDS if low.endswith(end))


# The endings of a word for a doer: "keeper", "debutant", "novelist", "youngster".
_DOERS_ENDS: Final = ("er", "or", "ist", "ian", "ant", "ent", "ster")


def _a_words_stem(stem: str) -> bool:
    """What is left of a doer's word without its ending, an English word: "keep" of "keeper",
    "skip" of "skipper", "ride" of "rider" (not "wheth" of "whether")."""
    return len(stem) >= 3 and (
        is_common_word(stem)
        or is_common_word(stem + "e")
        or (stem[-1] == stem[-2] and is_common_word(stem[:-1]))
    )


# How often a surname may be met in English text (Zipf): "Guardiola" 3.0, "Talk" 5.4, "Bottom" 4.4.
_COMMON_IN_ENGLISH: Final = 3.5


def a_job_holders_name(tokens: list[Token], start: int, j: int) -> bool:
    """Two words right after a doer's word, the first a common English word that no list knows as
    a given name, the last no English word, no given name and no place's: the name of the person
    holding the job ("Manager Pep Guardiola", "City assistant Pep Lijnders"; not "director Royal
    Mail", nor "Bishop Auckland", nor "Drinks producer Allied Domecq")."""
    job = tokens[start - 1]
    if j - start != 2 or not a_job_word(job) or job.lower in ORG_NOUNS or job.lower in BODY_NOUNS:
        return False  # a body's noun too: "Drinks producer Allied Domecq"
    if start > 1 and tokens[start - 2].lower == "to":
        return False  # a verb: "to assist Kurdish Peshmerga"
    first, last = tokens[start].text, tokens[start + 1].text
    return (
        first.istitle()
        and last.istitle()
        and last.isalpha()
        and name_key(first) not in DEMONYMS
        and is_thing_word(first)
        and not is_given_name(first)
        and not is_thing_word(last)
        and english_zipf(last.lower()) < _COMMON_IN_ENGLISH
        and not is_given_name(last)
        and last.lower() not in ORG_SUFFIXES
        and last.lower() not in PLACE_SUFFIXES
        and not is_place_name(last)
    )


# Nouns for a body that are a person's trade too: "broadcaster ITV", "broadcaster Gary Lineker".
BODYS_OR_PERSONS: Final = words_set("broadcaster bookmaker")


def after_a_bodys_noun(tokens: list[Token], start: int, end: int) -> bool:
    """A full name with a known given name right after a body's noun, in lower case or opening
    the sentence: "Retailer Julian Dunkerton", "retailer John Lewis"."""
    return _after_a_noun_of(BODY_NOUNS, tokens, start, end)


def after_a_bodys_noun_or_its_plural(tokens: list[Token], start: int, end: int) -> bool:
    """`after_a_bodys_noun`, the noun maybe in the plural, as British style names one firm by
    its trade: "the bookmaker William Hill", "Bookmakers William Hill"."""
    if start == 0:
        return False
    low = tokens[start - 1].lower
    if low not in BODY_NOUNS and not (low.endswith("s") and low[:-1] in BODY_NOUNS):
        return False
    return _after_a_noun_of(frozenset({low}), tokens, start, end)


def a_broadcasters_name(tokens: list[Token], start: int, end: int) -> bool:
    """A full name with a known given name right after a noun for a body that is a person's trade
    too, in lower case or opening the sentence: a possible person ("Broadcaster Gary Lineker"),
    no firm for sure ("Bookmaker William Hill")."""
    return _after_a_noun_of(BODYS_OR_PERSONS, tokens, start, end)


def _after_a_noun_of(nouns: frozenset[str], tokens: list[Token], start: int, end: int) -> bool:
    """A full name with a known given name right after one of `nouns`, in lower case or opening
    the sentence."""
    if start == 0 or end - start < 2 or tokens[start - 1].lower not in nouns:
        return False
    noun = tokens[start - 1]
    opens = not any(t.is_word for t in tokens[: start - 1])
    return (not noun.is_cap or opens) and is_given_name(tokens[start].text)
