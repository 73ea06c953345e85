"""A part named by a plain description near a work's words, or by an actor's verb of playing.

"will play widow Mary Pike", "Dynevor plays Sally Webster".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.people.things.body_words import WORKS

# A verb of playing and an article and a description in commas whose noun is in lower case
# ("to play a Scotland Yard detective, Ray Tanner,"), or maybe an article or a possessive and one
# to three words in lower case before a name ("will play widow Margaret Pike", "plays factory
# owner Lydia Hart"), those maybe closed by where the part is from ("played the womanising
# Londoner Alfie Elkins").
_PLAYED: Final = re.compile(
    r"\b(?:play|plays|played|playing|portray|portrays|portrayed|portraying) "
    r"(?:(?:a|an|the|his|her|their) ((?:[\w-]+ ){0,3}[a-z][\w-]*), "
    r"|(?:(?:a|an|the|his|her|their) )?((?:[a-z][\w-]* ){1,3})"
    r"(?:[A-Z][a-z]+(?:er|ian|man|woman) )?)(?=[A-Z])"
)

# What a player is to another in a draw, not a part: "will play top seed Roger Federer".
_STANDING: Final = words_set(
    """seed champion champions holder holders qualifier compatriot opponent rival wildcard
    finalist semi-finalist number fellow defending"""
)

# Words that are no description of a part: "played by", "play host to", "played down".
_NO_DESCRIPTION: Final = words_set(
    "by to and or but with in at on for of from into as down up out off against"
)

# What makes a report one about a work: a screen's or a stage's work, or the role itself (not
# "play", "show" or "game", which sport has too, nor "part": "played a part in the win").
_A_WORKS_WORDS: Final = WORKS | words_set(
    """film movie musical drama series sitcom soap thriller comedy programme documentary biopic
    adaptation production opera novel role character cast"""
)
_WORD: Final = re.compile(r"[a-z]+")


def a_described_part(sentence: str, name: str, beside: Sequence[str]) -> bool:
    """A full name right after a verb of playing and a plain description in lower case ("Olivia
    Colman will play widow Margaret Pike, who takes in a lodger"), where the sentence or one
    beside it (`beside`) speaks of a work, the part or the role ("in a new drama", "the role
    was a gift"): the part played, though no work is named next to it; not an opponent in a
    draw ("will play top seed Roger Federer"), nor with nothing of a work near ("played host
    to Tom Smith")."""
    if " " not in name:
        return False
    for m in _PLAYED.finditer(sentence):
        if not sentence.startswith(name, m.end()):
            continue
        described = (m.group(1) or m.group(2)).split()
        if any(w in _STANDING or w in _NO_DESCRIPTION for w in described):
            return False
        return any(w in _A_WORKS_WORDS for text in (sentence, *beside) for w in _WORD.findall(text))
    return False


# An actor's surname and a verb of playing right before a name: "Dynevor plays Sally Webster".
_SURNAME_PLAYS: Final = re.compile(
    r"\b([A-Z][\w'-]+) (?:(?:will|is to|is set to) )?"
    r"(?:play|plays|played|portray|portrays|portrayed) (?=[A-Z])"
)

# The jobs of those who play parts.
_ACTORS: Final = words_set("actor actress")


def an_actors_part(sentence: str, name: str, actors: frozenset[str]) -> bool:
    """A full name right after a verb of playing whose subject is the surname of someone the
    article calls an actor or an actress ("Actress Sally Dynevor … Dynevor plays Sally
    Webster."): the part played (not "Draper plays Jannik Sinner", a player's opponent)."""
    if " " not in name:
        return False
    return any(
        m.group(1) in actors and sentence.startswith(name, m.end())
        for m in _SURNAME_PLAYS.finditer(sentence)
    )


def actors_surnames(roles: Sequence[tuple[str, str | None]]) -> frozenset[str]:
    """The surnames of the people (name, role) whose role ends in "actor" or "actress"."""
    return frozenset(
        name.split()[-1]
        for name, role in roles
        if role and " " in name and role.split()[-1].lower() in _ACTORS
    )


# A pronoun and a verb of playing opening a sentence, right before a name: "He played Mick Carter".
_PRONOUN_PLAYS: Final = re.compile(
    r"^(?:He|She) (?:(?:has|had|will|is to|also|once) )?"
    r"(?:play|plays|played|portray|portrays|portrayed) (?=[A-Z])"
)


def a_pronoun_actors_part(sentence: str, name: str, previous: str, actors: frozenset[str]) -> bool:
    """A full name right after "He played" or "She plays" opening a sentence whose previous one
    names someone the article calls an actor or an actress ("Actor Danny Dyer has left
    EastEnders. He played Mick Carter, landlord of the Queen Vic"): the part played (not "He
    played Roger Federer", with no actor before it)."""
    if " " not in name:
        return False
    m = _PRONOUN_PLAYS.match(sentence)
    if m is None or not sentence.startswith(name, m.end()):
        return False
    return any(w in actors for w in re.findall(r"[A-Z][\w'-]+", previous))
