"""A name followed by the region or country it lies in: a place, "Hilton Head, South Carolina"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.given_names.nicknames import in_the_table
from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.people.own_words.nature import (
    is_place_name,
    is_region_word,
    known_name_word,
)
from briefings.analysis.people.roles.tokens import Token

# Prepositions before a place: "a fan from Hilton Head, South Carolina".
_FROM_OR_NEAR: Final = frozenset({"from", "near", "of", "to", "outside", "in", "at", "into"})

# What may close a place's region: the end of a clause.
_CLOSERS: Final = frozenset({",", ".", ";", ":", ")"})


def followed_by_its_region(tokens: list[Token], start: int, end: int) -> bool:
    """A preposition of place before the name, and a comma and a state, region or country right
    after it closing the clause: "from Hilton Head, South Carolina," names a town; not "Kelly
    Holmes, Britain, 4:01" (a result), "John Smith, Georgia's governor," nor a region that is a
    personal name too ("Jordan", "Georgia")."""
    if start < 1 or tokens[start - 1].lower not in _FROM_OR_NEAR:
        return False
    if end + 1 >= len(tokens) or tokens[end].text != ",":
        return False
    k = end + 1
    while k < len(tokens) and k - end <= 3 and tokens[k].is_cap and tokens[k].is_word:
        if tokens[k].possessive:
            return False
        k += 1
    region = tokens[end + 1 : k]
    if not region or (k < len(tokens) and tokens[k].text not in _CLOSERS):
        return False
    words = [t.text for t in region]
    if len(words) == 1 and known_name_word(words[0]):
        return False
    text = " ".join(words)
    return kind_by_lists(text, [w.lower() for w in words]) == "place" or is_place_name(text)


# Nouns of a place before "of" and its name: "the marginal seat of Milton Keynes".
_PLACE_NOUNS: Final = frozenset(
    {"seat", "seats", "constituency", "constituencies", "ward", "borough"}
)

# Members for a seat, before "for" and its name: "MP for Henley".
_MEMBERS: Final = frozenset({"MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "AM", "AMs", "MLA", "MLAs"})

# Two points of the compass that close a seat's name: "Milton Keynes North East".
_COMPASS: Final = frozenset({"north", "south", "east", "west"})


# What stands before a seat's name in election news: "Labour lost Brent East", "in Brent East".
_SEATS_VERBS: Final = frozenset(
    {"won", "lost", "held", "holds", "hold", "took", "gained", "in", "for"}
)


def a_seat(tokens: list[Token], start: int, end: int) -> bool:
    """A seat in a parliament: after "seat of" or a member's "MP for" ("the seat of Milton
    Keynes", "MP for Henley"), a name closed by two points of the compass ("Milton Keynes
    North East"), or a region's name and a point of the compass after an election's verb
    ("Labour lost Brent East"): a place, not "Warren East"."""
    if start >= 2 and tokens[start - 1].lower == "of" and tokens[start - 2].lower in _PLACE_NOUNS:
        return not tokens[start - 2].is_cap
    if start >= 2 and tokens[start - 1].lower == "for" and tokens[start - 2].text in _MEMBERS:
        return True
    if end - start >= 3 and all(t.lower in _COMPASS for t in tokens[end - 2 : end]):
        return True
    return (
        end - start == 2
        and start > 0
        and tokens[start - 1].lower in _SEATS_VERBS
        and tokens[end - 1].lower in _COMPASS
        and is_region_word(tokens[start].text)
    )


# Verbs of going somewhere before "to": "will head to Royal Ascot", "travel to Goodison Park".
_HEADING: Final = frozenset(
    {"head", "heads", "headed", "heading", "travel", "travels", "travelled", "travelling"}
    | {"fly", "flies", "flew", "flying", "sail", "sails", "sailed", "sailing"}
)


def headed_for(tokens: list[Token], run_start: int) -> bool:
    """A name right after a verb of going and "to": a place or an event, where one goes ("would
    now head to Royal Ascot", "travel to Stamford Bridge"), no one (a person is gone to after
    "went", "turned" or "talked", not these)."""
    return (
        run_start >= 2
        and tokens[run_start - 1].lower == "to"
        and tokens[run_start - 2].lower in _HEADING
    )


def said_of_as_a_place(word: str) -> bool:
    """One word, said of after "said" ("Rolls-Royce said Sheffield would host the factory"),
    that ISO 3166 gives a region of a country and that is no English given name of the
    nicknames package's table: the place the speaker said would do something, not someone named
    by surname alone ("said Victoria would" may be a person's given name). Only that evidence
    makes the word a place here: "Tom Sheffield said" names a person, and a surname said of is
    a person's where the article names them in full ("Kevin Derby said … said Derby would")."""
    return is_region_word(word) and not in_the_table(word)
