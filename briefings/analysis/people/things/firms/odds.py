"""Bookmakers named like people: a name that cuts or eases a price in odds ("cut X to 5-2 from 4-1")."""

from __future__ import annotations

import re
from typing import Final

# A verb that moves a price, right after the name ("has cut", "slashed", "pushed out").
_MOVES: Final = (
    r"(?: has| have| had)? (?:cut|cuts|slashed|slashes|trimmed|trims|eased|eases|lengthened"
    r"|lengthens|shortened|shortens|pushed out|pushes out)"
)
_PRICE: Final = r"(?:\d{1,3}-\d{1,2}|evens)"

# The price moved: the odds or the price on something ("cut its odds on"), or a runner's or a
# player's price from one figure to another ("cut Colonel Braxton to 5-2 from 4-1"; a score is
# not written "to … from").
_MOVES_A_PRICE: Final = re.compile(
    rf"{_MOVES}(?: (?:its|their|the) (?:odds|price)\b"
    rf"|[^.;,]{{1,40}}? to {_PRICE} from {_PRICE}\b)"
)


def moves_a_price(sentence: str, name: str) -> bool:
    """Whether `name` opens the sentence to cut or ease a price in odds: a bookmaker ("Victor
    Chandler cut Colonel Braxton to 5-2 from 4-1", "Paddy Power has cut its odds on"), as no one
    else sets a price so (a trainer or a player "cut the deficit to 2-1")."""
    return sentence.startswith(name) and bool(_MOVES_A_PRICE.match(sentence, len(name)))
