"""The full name that a verb of playing joins to a part in a work: an actor ("X will play Y in")."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.people.roles.tokens import Token

# Verbs of playing a part: "will play", "is to portray", "has been cast as".
_PLAYS: Final = words_set("play plays played playing portray portrays portrayed portraying")

# Words that may stand between an actor's name and the verb: "will", "is to", "is set to".
_BEFORE_THE_VERB: Final = words_set("will is was to set has been also now")

# Nouns for a work that the part is played in: "in the HBO series", "in a new drama".
_WORKS: Final = words_set(
    """series film drama musical play show adaptation production sitcom soap remake sequel
    prequel episode episodes comedy thriller opera pantomime panto"""
)


def plays_a_part(tokens: list[Token], start: int, end: int, part_start: int, part_end: int) -> bool:
    """A name opening its sentence whose verb of playing, maybe after a modal, takes the part at
    `part_start` (maybe after a description in lower case), played "in" a work named by its noun:
    an actor ("Amara Dunne will play companion Kit Ferris in the new series of Doctor Who"; not
    "Real Madrid will play Bayern Munich in the final")."""
    if any(t.is_word for t in tokens[:start]) or part_start - end > 6:
        return False
    between = tokens[end:part_start]
    verb = next((k for k, t in enumerate(between) if t.lower in _PLAYS), None)
    if verb is None:
        return False
    if not all(t.lower in _BEFORE_THE_VERB for t in between[:verb]):
        return False
    if not all(t.is_word and not t.is_cap for t in between[verb + 1 :]):
        return False  # a description in lower case only: "companion", "the villain"
    after = tokens[part_end : part_end + 12]
    return bool(after) and after[0].lower == "in" and any(t.lower in _WORKS for t in after)
