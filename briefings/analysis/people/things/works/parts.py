"""Parts, creations and works told so by the words around their name, not people."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import WORK_NOUNS, words_set
from briefings.analysis.people.roles.tokens import Token

# Verbs of acting or of being given a part, before "the part of" and its name.
_TAKES_A_PART: Final = words_set(
    """play plays played playing land lands landed landing take takes took taken taking win wins
    won get gets got given offered cast"""
)

# What an actor plays: "the part of Mary Delgado", "the role of Dr Watson".
_PARTS: Final = words_set("part role")

# Titles of kin, ranks and offices that a part's name takes ("Uncle Bryn", "Captain Jack
# Sparrow", "Inspector Morse", "King Lear"): who plays one plays a part, as no one plays a person.
_KIN_TITLES: Final = words_set(
    """uncle aunt auntie grandad grandpa granny grandma nan captain capt inspector detective
    sergeant sgt constable doctor dr professor colonel major lieutenant commander admiral general
    king queen prince princess lord lady count countess father"""
)

# What an actor does before a part's kin-titled name: "who plays Uncle Bryn".
_PLAYS: Final = words_set("play plays played playing portray portrays portrayed voices voiced")

# Verbs that make a thing of their object: "Atkinson created Mr Bean" (no one creates a person).
_CREATED: Final = words_set("created co-created invented")

# Verbs by which a name is made one of a work's kind: "has been voted the best Beatles song".
_CHOSEN: Final = words_set("voted named crowned")

# What a name is turned into or voted the best of: "a touring production", "the best Beatles song",
# "the most romantic fictional character".
_A_WORKS: Final = WORK_NOUNS | words_set("production productions adaptation character")

# A brand's, a chain's or a shop's nouns after a courtesy-titled name: "its Miss Selfridge chain".
_A_FIRMS: Final = words_set("chain chains brand brands label stores shops shop outlets")


def a_part_named(tokens: list[Token], run_start: int, start: int) -> bool:
    """A name an actor takes as a part: after "the part of" or "the role of" with a verb of
    playing or being given it ("will play the part of Mary Delgado"; not "on the part of Tony
    Blair", "the role of Peter Mandelson in the row"), or titled as kin or by a rank or an office
    after a verb of playing ("who plays Uncle Bryn", "will play Captain Jack Sparrow")."""
    if start > 3 and tokens[start - 1].lower == "of" and tokens[start - 2].lower in _PARTS:
        k = start - 3
        if tokens[k].lower == "title":  # "the title role of"
            k -= 1
        return k > 0 and tokens[k].lower == "the" and tokens[k - 1].lower in _TAKES_A_PART
    if (
        start > run_start > 0
        and tokens[run_start].lower in _KIN_TITLES
        and tokens[run_start - 1].lower in _PLAYS
    ):
        return True
    return _billed_after_an_actor(tokens, run_start)


# What stands before an actor's full name in a cast list: "stars Johnny Depp as", "and Helena
# Bonham Carter as", "with Daniel Crossley as".
_CAST_BEFORE: Final = words_set("stars starring starred co-stars featuring features and with")


def _billed_after_an_actor(tokens: list[Token], run_start: int) -> bool:
    """A name after an actor's full name and "as" in a cast list: the part ("and Helena Bonham
    Carter as Mrs Lovett"; not "appointed Tom Smith as Chancellor": a list's word before the
    actor)."""
    k = run_start - 1
    if k < 3 or tokens[k].lower != "as":
        return False
    m = k
    while m > 0 and tokens[m - 1].is_cap and tokens[m - 1].is_word and not tokens[m - 1].possessive:
        m -= 1
    return k - m >= 2 and m > 0 and tokens[m - 1].lower in _CAST_BEFORE


def a_creation(tokens: list[Token], run_start: int) -> bool:
    """A name a verb of creating takes for its object: a character or a thing ("Atkinson
    created Mr Bean with Richard Curtis")."""
    return run_start > 0 and tokens[run_start - 1].lower in _CREATED


def told_a_work(tokens: list[Token], end: int) -> bool:
    """A subject's name that its verb makes a work: chosen the best of a work's kind ("Eleanor
    Rigby has been voted the best Beatles song"; not "was named the best player", nor "named the
    film's director") or to be turned into one ("Mrs Doubtfire is to be turned into a stage
    musical")."""
    if end == 0 or tokens[end - 1].possessive:
        return False  # "Fielding's novel is to be turned into a film"
    k = end
    while (
        k < len(tokens)
        and k - end < 4
        and tokens[k].lower in {"has", "have", "been", "was", "is", "to", "be", "will"}
    ):
        k += 1
    if k == end or k >= len(tokens):
        return False
    if tokens[k].lower in _CHOSEN:
        m = k + 1
    elif tokens[k].lower == "turned" and k + 1 < len(tokens) and tokens[k + 1].lower == "into":
        m = k + 2
    else:
        return False
    for t in tokens[m : m + 6]:
        if not t.is_word or t.possessive:
            return False
        if not t.is_cap and t.lower in _A_WORKS:
            return True
    return False


def a_titled_brand(tokens: list[Token], run_start: int, end: int) -> bool:
    """A courtesy-titled name between "its", "their" or "the" and a chain's, a brand's or a
    shop's noun: a firm named after someone ("its Miss Selfridge chain")."""
    return (
        run_start > 0
        and end < len(tokens)
        and tokens[run_start - 1].lower in {"its", "their", "the"}
        and tokens[end].lower in _A_FIRMS
    )


def tells_a_story(tokens: list[Token], end: int) -> bool:
    """A name that "tells the story of" something: a work's plot, no speech ("Billy Elliot
    tells the story of a miner's son")."""
    return (
        end + 2 < len(tokens)
        and tokens[end].lower in {"tells", "told"}
        and tokens[end + 1].lower == "the"
        and tokens[end + 2].lower in {"story", "tale"}
    )
