"""Brands and products named like people, told by what stands right after their name."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.people.finding.runs import cap_at
from briefings.analysis.people.roles.tokens import Token

# A firm that makes or owns a brand, written between the brand and the firm's name: "Mr Kipling
# maker Premier Foods", "Dr Martens owner Permira".
_MAKERS: Final = words_set("maker makers owner owners manufacturer producer brewer")


def made_by_a_firm(tokens: list[Token], end: int) -> bool:
    """A name right before a maker's or an owner's noun in lower case and another name: a brand
    and the firm that makes it ("Mr Kipling maker Premier Foods"); a person's maker or owner is
    never written so."""
    return (
        end + 1 < len(tokens)
        and not tokens[end].is_cap
        and tokens[end].lower in _MAKERS
        and cap_at(tokens, end + 1)
    )


def a_products_plus(tokens: list[Token], end: int) -> bool:
    """A name with a plus sign glued to it: a product or a service ("Alexa+", "Disney+",
    "Canal+"), as no person's name is written."""
    return (
        end < len(tokens) and tokens[end].text == "+" and tokens[end].start == tokens[end - 1].end
    )


# Words that may stand between a body's "its" and a product's name: "its new Alexa assistant".
_PRODUCTS_EPITHETS: Final = words_set(
    "new latest own flagship popular best-selling upgraded revamped updated cheaper premium"
)


def its_own_product(tokens: list[Token], start: int) -> bool:
    """A name right after "its" or after "its" and a word such as "new" or "flagship": what a body
    owns or makes, a product, a brand or a work ("Amazon has launched its new Alexa assistant",
    "its Miss Selfridge chain"); a person named beside a body is "its chief executive, Jane Doe",
    with the job between."""
    k = start - 1
    while k > 0 and start - k <= 2 and tokens[k].lower in _PRODUCTS_EPITHETS:
        k -= 1
    return k >= 0 and tokens[k].lower == "its"


# What a drink or a food is sold in: "a bottle of Jack Daniel's", "a pint of Guinness".
_MEASURES: Final = words_set(
    """bottle bottles glass glasses pint pints can cans tin tins jar jars packet packets bar bars
    dram drams crate crates carton cartons"""
)


def a_measure_of(tokens: list[Token], start: int) -> bool:
    """A name after a measure of a drink or a food and "of": a product ("a bottle of Jack
    Daniel's", "a bar of Cadbury's")."""
    return start > 1 and tokens[start - 1].lower == "of" and tokens[start - 2].lower in _MEASURES
