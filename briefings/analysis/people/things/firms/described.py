"""Firms named like people that the sentence describes as a business: ", the Keighley brewer"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.people.roles.tokens import Token

# The head nouns of a description that only a business is (a closed list, from the kinds of firm
# British business copy describes: "the Keighley brewer", "the FTSE 250 property group", "the
# Hollywood studio", "the fashion label"); a person's trade is none of them ("the designer",
# "the manager", "the analyst").
_BUSINESS_HEADS: Final = words_set(
    """brewer retailer lender insurer carmaker label studio chain group firm company bank
    bookmaker housebuilder grocer supermarket airline distiller toymaker drugmaker chipmaker
    automaker conglomerate imprint"""
)

# Makers that are people: "the filmmaker", "the playmaker" (a footballer, whom a club buys too).
_PERSONS_MAKERS: Final = words_set(
    """filmmaker film-maker moviemaker playmaker lawmaker policymaker policy-maker peacemaker
    matchmaker kingmaker troublemaker decision-maker holidaymaker dressmaker"""
)

# What is done to a firm, not a person, right after its maker's noun: "the shirtmaker bought by".
_OWNED: Final = words_set("bought owned acquired")

# Heads that are a business only after one of these words: "the wealth manager" (not "the
# manager", "the fund manager"), "the fashion house", "the mortgage giant".
_QUALIFIED_HEADS: Final = {
    "manager": words_set("wealth asset"),
    "house": words_set("fashion auction couture publishing"),
    # "the US mortgage giant", "the software giant" (not "the literary giant", a person)
    "giant": words_set(
        """mortgage oil software retail retailing media drinks food banking internet search
        chemicals pharmaceuticals drugs tobacco telecoms mining insurance supermarket steel
        engineering electronics technology computer chip entertainment brewing clothing toy
        cosmetics energy"""
    ),
}

# Where a business's description ends: a comma or full stop, "said", a relative word, or a
# preposition or participle that goes on to say more of it ("the brewer behind Landlord ale").
_ENDS: Final = words_set(
    """said says which that whose behind of in at for from with by on based owned known best
    founded"""
)


# The heads of a business's trade, for a description that speaks for a sentence's subject: not
# the bodies that speak of another ("…, the rights group says", "…, the company said").
_TRADES: Final = _BUSINESS_HEADS - words_set("group firm company bank chain label studio")


def _a_business_description(
    tokens: list[Token], k: int, heads: frozenset[str] = _BUSINESS_HEADS
) -> int:
    """Where the business's noun phrase that opens at tokens[k] ("the Keighley brewer") ends,
    after its head, or -1 when it opens none: an article, up to four qualifiers (capitalised
    or figures too: "the FTSE 100 firm", "the Glasgow car dealer"), a business's head noun, and
    no possessive ("the brewer's chairman" is someone)."""
    if k >= len(tokens) or tokens[k].lower not in {"the", "a", "an"}:
        return -1
    m = k + 1
    while m < len(tokens) and m - k <= 5 and (tokens[m].is_word or tokens[m].text.isdigit()):
        t = tokens[m]
        if t.lower in heads or (
            t.lower in _QUALIFIED_HEADS
            and m > k + 1
            and tokens[m - 1].lower in _QUALIFIED_HEADS[t.lower]
        ):
            if t.possessive or t.is_cap:
                return -1  # "the brewer's chairman", "the Group"
            after = tokens[m + 1] if m + 1 < len(tokens) else None
            if after is None or after.text in {",", ".", ";"} or after.lower in _ENDS:
                return m + 1
            return -1  # "the group chief executive"
        if t.lower in _GOODS_HEADS and _after_goods(tokens, k, m):
            after = tokens[m + 1] if m + 1 < len(tokens) else None
            if after is None or after.text in {",", ".", ";"} or after.lower in _ENDS:
                return m + 1  # "the Norfolk turkey producer,", "the confectionery maker,"
            return -1
        if _a_placed_makers_noun(tokens, k, m):
            after = tokens[m + 1] if m + 1 < len(tokens) else None
            if after is None or after.text in {",", ".", ";"} or after.lower in _ENDS:
                return m + 1  # "the Jermyn Street shirtmaker,", "the Mayfair gunmaker,"
            return -1
        if t.possessive and t.is_cap and m + 1 < len(tokens) and tokens[m + 1].is_cap:
            m += 1  # a place's possessive word: "the St James's Street bootmaker"
            continue
        if t.possessive or t.is_head:
            return -1  # "the chain's boss", "the bank's chairman"
        if _a_makers_firm_owned(tokens, m) or _a_trade_owned(tokens, m) or _a_trade_sold(tokens, m):
            return m + 1  # "the shirtmaker bought by a US investor", "the jeweller owned by"
        m += 1
    return -1


# Heads that are a business after a noun of goods ("the turkey producer", "the toiletries
# maker"), and someone after a noun of shows, records or crafts ("the film producer").
_GOODS_HEADS: Final = words_set("producer maker")

# The qualifiers of a producer or a maker who is a person: "the film producer", "the executive
# producer", "the programme maker", "the violin maker".
_PERSONS_GOODS: Final = words_set(
    """film films movie movies record records music musical television tv theatre theater stage
    radio executive series show shows documentary documentaries drama dramas comedy line
    associate co programme programmes hip-hop dance pop reality news video videos cabinet
    violin guitar dress hat wine opera ballet jazz rap studio festival fashion game games
    veteran former late young old top new great local senior junior joint chief major star
    talented prolific renowned"""
)

# The endings of adjectives before a producer who is a person: "the award-winning producer",
# "the acclaimed producer", "the independent producer", "the legendary producer".
_ADJECTIVE_ENDINGS: Final = (
    "ing",
    "ed",
    "al",
    "ous",
    "ful",
    "ive",
    "ic",
    "ent",
    "ant",
    "ary",
    "ish",
    "less",
    "able",
    "ible",
    "ist",
    "born",
)


def _after_goods(tokens: list[Token], k: int, m: int) -> bool:
    """A producer's or a maker's noun right after a word of goods in lower case, no noun of a
    person's shows or crafts: "the Norfolk turkey producer", "the fragrance maker"; not "the film
    producer", "the BBC producer"."""
    before = tokens[m - 1]
    return (
        m > k + 1
        and before.is_word
        and not before.is_cap
        and not before.possessive
        and not before.is_head
        and before.lower not in _PERSONS_GOODS
        and not before.lower.endswith(_ADJECTIVE_ENDINGS)
        and before.lower not in {"a", "an", "the", "and"}
    )


def _a_placed_makers_noun(tokens: list[Token], k: int, m: int) -> bool:
    """A maker's noun in one word that no person is called by ("shirtmaker", "gunmaker", not
    "filmmaker") after a place's name in capitals: "the Jermyn Street shirtmaker", "the Mayfair
    gunmaker" (a shop by its street or its town, as British copy describes old firms)."""
    low = tokens[m].lower
    return (
        low.endswith("maker")
        and len(low) > 5
        and not tokens[m].is_cap
        and not tokens[m].possessive
        and low not in _PERSONS_MAKERS
        and tokens[m - 1].is_cap
        and m > k + 1
    )


def _a_makers_firm_owned(tokens: list[Token], m: int) -> bool:
    """A maker's noun in one word that no person is called by ("shirtmaker", not "filmmaker"),
    right before "bought", "owned" or "acquired" and "by": a firm, as no one's maker is owned."""
    low = tokens[m].lower
    return (
        low.endswith("maker")
        and len(low) > 5
        and m + 2 < len(tokens)
        and tokens[m + 1].lower in _OWNED
        and tokens[m + 2].lower == "by"
        and low not in _PERSONS_MAKERS
    )


# Nouns of people whom others may own a share of ("the striker owned by a sports agency").
_OWNED_PLAYERS: Final = words_set(
    "player players striker forward midfielder defender winger goalkeeper footballer"
)


def _a_trade_owned(tokens: list[Token], m: int) -> bool:
    """A noun in lower case right before "owned by": a business, a horse or a thing, as no one is
    owned ("Ernest Jones, the jeweller owned by Signet,"; not "the striker owned by an agency")."""
    return (
        m + 2 < len(tokens)
        and tokens[m + 1].lower == "owned"
        and tokens[m + 2].lower == "by"
        and not tokens[m].is_cap
        and tokens[m].lower not in _OWNED_PLAYERS
    )


# What a business's description is followed by when it changes hands: "has been sold", "was bought".
_SOLD: Final = words_set("sold bought")


def _a_trade_sold(tokens: list[Token], m: int) -> bool:
    """A noun in lower case closing its apposition, then "has been sold" or "was bought": a
    business, as no one of a trade is sold ("Fraser Hart, the jeweller, has been sold to a US
    group"; not "the striker, has been sold", a player whom clubs sell)."""
    t = tokens[m]
    if t.is_cap or t.lower in _OWNED_PLAYERS or m + 3 >= len(tokens) or tokens[m + 1].text != ",":
        return False
    k = m + 2
    if tokens[k].lower in {"has", "have", "had"} and tokens[k + 1].lower == "been":
        k += 2
    elif tokens[k].lower in {"was", "is", "were"}:
        k += 1
    else:
        return False
    return k < len(tokens) and tokens[k].lower in _SOLD


def described_as_a_business(tokens: list[Token], end: int) -> bool:
    """A name that a comma and a business's noun phrase describe: "Brewin Dolphin, the wealth
    manager, said", "Timothy Taylor, the Keighley brewer behind Landlord ale,", "Henry Boot, the
    FTSE 250 property group,"; not "Tom Ford, the designer," nor "Rick Bailey, the brewer's
    chairman"."""
    return (
        end + 2 < len(tokens)
        and tokens[end].text == ","
        and _a_business_description(tokens, end + 1) > 0
    )


def spoken_for_by_a_business(tokens: list[Token], start: int, end: int) -> bool:
    """A name opening its sentence as the subject of an active verb, whose last clause is a
    business's trade and "said", with no other name between: the firm the sentence told of
    ("Charles Stanley has agreed to buy a smaller rival for £60m, the wealth manager said on
    Tuesday"); not "Rachel Reeves will freeze fuel duty, the chancellor said", nor a subject that
    another speaks of ("Assem, the plane's co-pilot, had logged hours with EgyptAir, the airline
    said", "Julian Assange has been detained by Britain, the rights group says")."""
    if end + 1 >= len(tokens) or tokens[end].text == "," or tokens[end].possessive:
        return False
    if any(t.is_word for t in tokens[:start]) or _passive(tokens, end):
        return False
    for k in range(len(tokens) - 3, max(end, len(tokens) - 14), -1):  # the sentence's tail
        if tokens[k].text != ",":
            continue
        last = _a_business_description(tokens, k + 1, _TRADES)
        if not (last > 0 and last < len(tokens) and tokens[last].lower in {"said", "says"}):
            return False  # the last apposition before "said" is someone's
        return not any(t.is_cap for t in tokens[end:k])
    return False


def _passive(tokens: list[Token], end: int) -> bool:
    """A passive right after the name: "has been detained", "was arrested"."""
    k = end
    while k < len(tokens) and k - end < 3 and tokens[k].lower in _AUXILIARIES:
        if tokens[k].lower in {"been", "was", "were", "is", "being"}:
            return True
        k += 1
    return False


# What a firm does, told with "which" right after its name: "Clifford Chance, which announced",
# "Morphy Richards, which makes kettles"; an event told of with "which" is another's verb ("beat
# Tom Smith, which meant", "which made it the first").
_FIRMS_VERBS: Final = words_set(
    """makes owns owned sells employs runs operates announced reported bought acquired bid trades
    supplies builds manufactures produces brews publishes opened closed launched posted places
    stocks"""
)


def told_of_by_which_as_a_firm(tokens: list[Token], end: int) -> bool:
    """A name, then a comma and "which" with what a firm does, wherever the name stands in the
    sentence ("follows Clifford Chance, which announced cuts", "bought from Morphy Richards,
    which also makes kettles"; not "sacked Tom Smith, which angered the fans")."""
    if end + 2 >= len(tokens) or tokens[end].text != "," or tokens[end + 1].lower != "which":
        return False
    k = end + 2
    while k < len(tokens) and k - end < 5 and tokens[k].lower in _AUXILIARIES:
        k += 1
    return k < len(tokens) and tokens[k].lower in _FIRMS_VERBS


_AUXILIARIES: Final = words_set(
    "has had have is was were been being will would also still now already"
)
