"""A pronoun after "X endorsed her …": the "her" is another of its gender, so either may be meant."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["acted_on_another"]

# an object pronoun of the gender wanted after a verb, then a preposition or the clause's end:
# "endorsed her in 2019", "thanked him." (not "her husband", a possessive)
_OBJECT: Final = {
    "f": re.compile(
        r"\s+([a-z]+(?:ed|s))\s+her(?=[.,;:!?]|\s+(?:in|on|at|for|to|with|as|after|before|during"
        r"|last|twice|once)\b)"
    ),
    "m": re.compile(r"\s+([a-z]+(?:ed|s))\s+him\b"),
}
_ASKING: Final = frozenset(
    {
        "asked",
        "asks",
        "pressed",
        "presses",
        "questioned",
        "grilled",
        "quizzed",
        "challenged",
        "told",
    }
)
_SENTENCE: Final = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])|;\s+")


def acted_on_another(name: str, want: str | None, paragraph: str, upto: int) -> bool:
    """The clause right before the pronoun at `upto` has `name`'s surname as its subject acting
    on a "her" (or "him") of the pronoun's gender `want` ("Okafor and Carver were once allies;
    Carver endorsed her in 2019. She said …"): the pronoun may mean the other, so either; but
    not when it asked or pressed her, whose answer follows."""
    pattern = _OBJECT.get(want or "")
    if pattern is None:
        return False
    surname = name.split()[-1]
    for clause in _SENTENCE.split(paragraph[:upto])[-2:]:  # the pronoun's sentence or the last
        acting = pattern.match(clause, len(surname)) if clause.startswith(surname) else None
        if acting and acting.group(1) not in _ASKING:  # "Welker pressed her …. “…,” she said":
            return True  # the one pressed answers
    return False
