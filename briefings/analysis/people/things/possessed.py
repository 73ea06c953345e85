"""What a body, a work or a brand has after its possessive: "Merrill Lynch's profits"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import ORG_NOUNS, words_set
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.body_words import A_BODYS, BEFORE_A_VERB, PREPOSITIONS

# What is had or done only of a body, before "of" and its name: "the takeover of Laura Ashley".
OF_A_BODY: Final = words_set(
    """takeover takeovers acquisition owners subsidiary shareholders customers sales shares
    makers maker owner board"""
)


# Who a body has and a person does not, after its possessive: "John Lewis's chairman", "Karen
# Millen's owner" (a horse's too: "Best Mate's owner"; a person has a "parent", a firm a "parent
# company").
_HEADS_OF: Final = words_set(
    """chairman chairwoman board directors executives employees workforce owners owner jockey
    founder founders headquarters"""
)

# Two words a body has after its possessive: "John Lewis's chief executive".
_A_BODYS_PAIRS: Final = frozenset(
    {
        ("chief", "executive"),
        ("managing", "director"),
        ("finance", "director"),
        ("parent", "company"),
        ("parent", "group"),
        ("share", "price"),
        ("annual", "results"),
        ("interim", "results"),
        ("half-year", "results"),
        ("full-year", "results"),
        ("quarterly", "results"),
        ("trading", "update"),
        ("profit", "warning"),
        ("market", "value"),
        ("market", "capitalisation"),
        ("stock", "market"),
    }
)

# What a body's sister is: "John Lewis's sister chain", "The Sun's sister paper".
_SISTER_BODIES: Final = words_set(
    """chain chains company companies firm firms brand brands store stores paper papers title
    titles station stations channel channels airline airlines bank banks label labels group"""
)


def _a_sister_body(token: Token) -> bool:
    """A body's noun after "sister", in lower case: "sister chain", "sister paper"."""
    return not token.is_cap and (token.lower in _SISTER_BODIES or token.lower in ORG_NOUNS)


# What a brand or a chain is, after its name: "the Ted Baker chain", "Jimmy Choo products".
A_BRANDS: Final = words_set(
    """chain chains brands products outlets boutiques franchises range ranges shirts shoes
    handbags jeans fragrances perfumes cosmetics"""
)


def owns_nothing(tokens: list[Token], start: int, end: int) -> bool:
    """A possessive that owns nothing, a stop right after it, opening the sentence or after a
    firm's noun and "of": a shop's or a brand's name ("Jack Daniel's, made by", "Sales of Jack
    Daniel's,"); not a possessive whose noun is understood ("close to Hillary Clinton's,")."""
    after = tokens[end].text if end < len(tokens) else "."
    if after not in _STOPS:
        return False
    if not any(t.is_word for t in tokens[:start]):
        return True
    return start > 1 and tokens[start - 1].lower == "of" and tokens[start - 2].lower in OF_A_BODY


_STOPS: Final = frozenset({",", ".", ";", ":", ")", "!", "?"})


def a_things_possession(tokens: list[Token], end: int) -> bool:
    """After a name's possessive, what a body, a work or a brand has, maybe after a word or two
    that qualify it: "Merrill Lynch's profits", "Ted Baker's pre-tax profits", "Vera Drake's
    star"."""
    if end + 1 < len(tokens) and (tokens[end].lower, tokens[end + 1].lower) in _A_BODYS_PAIRS:
        return True  # "John Lewis's chief executive", "Ted Baker's parent company"
    if end + 1 < len(tokens) and tokens[end].lower == "sister" and _a_sister_body(tokens[end + 1]):
        return True  # "John Lewis's sister chain Waitrose" (a person's sister is no chain)
    if end + 1 < len(tokens) and tokens[end].lower == "director":
        # a work's director and their name: "Vera Drake's director Mike Leigh" (not "Tony
        # Blair's director of communications", "Greg Dyke's director general role")
        after = (
            tokens[end + 1]
            if tokens[end + 1].text != ","
            else tokens[min(end + 2, len(tokens) - 1)]
        )
        return after.is_cap and after.is_word
    for k in range(end, min(len(tokens), end + 3)):
        after = tokens[k]
        if after.is_cap or not after.is_word or after.possessive:
            return False
        if after.lower in _AFTER_A_THINGS_POSSESSIVE:
            return k == end or after.lower in A_BODYS
        if after.lower in BEFORE_A_VERB or after.lower in PREPOSITIONS:
            return False
    return False


# Who a work has, after its possessive: "Vera Drake's star", "Harry Potter's author".
_CAST: Final = words_set(
    """star stars cast creator creators author screenwriter scriptwriter composer screenplay
    takings"""
)

# A team's positions, which a club has and a person does not: "Hamilton Academical's striker".
_POSITIONS: Final = words_set(
    """striker strikers midfielder midfielders defender defenders goalkeeper goalkeepers winger
    wingers full-back fly-half scrum-half flanker centre-half"""
)

# What follows a body's, a work's or a brand's possessive: "Merrill Lynch's profits", "Vera Drake's
# star", "John Lewis's chairman", "Ted Baker's products".
_AFTER_A_THINGS_POSSESSIVE: Final = A_BODYS | _CAST | _HEADS_OF | A_BRANDS | _POSITIONS
