"""Words for a sportsperson that stand between a people's word and a name: "Brazilian winner"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.people.roles.occupations import SPORTS_OCCUPATIONS
from briefings.analysis.people.roles.tokens import Token

# Who finishes first, a person in a race's or a contest's report: "Brazilian winner Jadel Gregorio".
_PLACINGS: Final = words_set("winner champion")


def a_sportspersons_word(token: Token) -> bool:
    """A lower-case word for a sportsperson: "winner", "sprinter", "striker" (not "carmaker")."""
    return not token.is_cap and (token.lower in SPORTS_OCCUPATIONS or token.lower in _PLACINGS)
