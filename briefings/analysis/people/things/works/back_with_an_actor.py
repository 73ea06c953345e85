"""Characters whose return the sentence tells with their actor "in the part": "…, with X in the part"."""

from __future__ import annotations

import re
from typing import Final

# A character's return, right after its name: "will be back", "is to return", "returns".
_COMES_BACK: Final = re.compile(
    r" (?:will (?:be back|return|come back)|is (?:to return|back|set to return)|returns)\b"
)

# The actor who plays it, closing the sentence's return: ", with Vanessa Redgrave in the part",
# ", with Brendan O'Carroll again in the role" (not "in the lead role": a part of the subject's
# work, whom the actor does not play).
_WITH_AN_ACTOR_IN_THE_PART: Final = re.compile(
    r", with [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3} (?:again |once more )?in the (?:title )?"
    r"(?:part|role)\b"
)


def back_with_an_actor_in_the_part(sentence: str, name: str) -> bool:
    """A name opening its sentence that "will be back" or "is to return", "with" a named actor
    "in the part" or "in the role": a character ("Miss Marple will be back on ITV this
    Christmas, with Vanessa Redgrave in the part"; not "Tom Hale will be back on ITV, with Amy
    Cole in the lead role", an actor's or a maker's work)."""
    if not sentence.startswith(name) or _COMES_BACK.match(sentence, len(name)) is None:
        return False
    return _WITH_AN_ACTOR_IN_THE_PART.search(sentence) is not None
