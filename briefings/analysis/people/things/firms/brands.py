"""Brands and products named like people, told by what stands right after their name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.people.finding.runs import cap_at
from briefings.analysis.people.roles.roles import Token

# A firm that makes or owns a brand, written between the brand and the firm's name: "Mr Kipling
# maker Premier Foods", "Dr Martens owner Permira".
_MAKERS: Final = words_set("maker makers owner owners manufacturer producer brewer")


def made_by_a_firm(tokens: Sequence[Token], end: int) -> bool:
    """A name right before a maker's or an owner's noun in lower case and another name: a brand
    and the firm that makes it ("Mr Kipling maker Premier Foods"); a person's maker or owner is
    never written so."""
    return (
        end + 1 < len(tokens)
        and not tokens[end].is_cap
        and tokens[end].lower in _MAKERS
        and cap_at(tokens, end + 1)
    )


def a_products_plus(tokens: Sequence[Token], end: int) -> bool:
    """A name with a plus sign glued to it: a product or a service ("Alexa+", "Disney+",
    "Canal+"), as no person's name is written."""
    return (
        end < len(tokens) and tokens[end].text == "+" and tokens[end].start == tokens[end - 1].end
    )
