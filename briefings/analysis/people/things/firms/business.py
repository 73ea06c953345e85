"""A firm's business said of its name: "has won an order worth £40m", "the holidays it offers"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.body_words import BODY_NOUNS
from briefings.analysis.people.things.clauses import opens_a_clause, past_a_joined_name
from briefings.analysis.people.things.firms.conduct import AUXILIARIES, PERSONS

# Verbs of winning business: "has won an order", "secured a contract".
_WINS: Final = words_set("won wins win winning secured secures landed lands")

# What a firm wins to make or do for a customer: an order or a contract.
_ORDERS: Final = words_set("order orders contract contracts")

# The work an order is for: "an order to build 200 buses", "a contract to supply the Army".
_WORKS: Final = words_set(
    """build supply make manufacture provide deliver run operate maintain design produce
    install refit"""
)


def wins_an_order(tokens: list[Token], start: int, end: int) -> bool:
    """A name, the subject of its clause, that wins an order or a contract worth money or to
    build, supply or run something, in a sentence with no "he" or "she": a firm's business
    ("Alexander Dennis has won an order worth £40m to build 200 buses", "has won a £12m contract
    to supply the Army"; not "won a new contract", a player's, nor "won an order banning the
    newspaper", a court's); two names joined by "and" win together ("Willmott Dixon and Morgan
    Sindall have won contracts worth £2bn")."""
    if not (opens_a_clause(tokens, start) or _joined_to_a_subject(tokens, start)):
        return False
    k = past_a_joined_name(tokens, end)
    verb = k
    while k < len(tokens) and tokens[k].lower in AUXILIARIES and k - verb < 3:
        k += 1
    if k >= len(tokens) or tokens[k].lower not in _WINS:
        return False
    priced = False
    for j in range(k + 1, min(k + 7, len(tokens))):
        word = tokens[j]
        if word.text in {"£", "$", "€"}:
            priced = True
        elif word.lower in _ORDERS:
            return _for_money_or_work(tokens, j + 1, priced) and not any(
                t.lower in PERSONS for t in tokens[end:]
            )
        elif word.is_cap or word.text in {",", ";", ":"} or word.lower in {"and", "his", "her"}:
            return False
    return False


def _joined_to_a_subject(tokens: list[Token], start: int) -> bool:
    """A name after "and" and another name in capitals that opens its clause: the second of two
    subjects ("Willmott Dixon and Morgan Sindall have won")."""
    if start < 2 or tokens[start - 1].lower != "and" or not tokens[start - 2].is_cap:
        return False
    k = start - 2
    while k > 0 and start - k < 6 and tokens[k - 1].is_cap and tokens[k - 1].is_word:
        k -= 1
    return opens_a_clause(tokens, k)


def _for_money_or_work(tokens: list[Token], k: int, priced: bool) -> bool:
    """After an order's noun: a price written before it ("a £12m contract"), or "worth" and a
    price, or "to" and a verb of making or supplying within four words."""
    if priced:
        return True
    for j in range(k, min(k + 5, len(tokens))):
        if (
            tokens[j].lower == "worth"
            and j + 1 < len(tokens)
            and tokens[j + 1].text in {"£", "$", "€"}
        ):
            return True
        if tokens[j].lower == "to" and j + 1 < len(tokens) and tokens[j + 1].lower in _WORKS:
            return True
    return False


# Nouns of a body or a place that "it" may stand for in a name's sentence.
_ITS_OTHERS: Final = words_set(
    """museum gallery school hospital college university council government ministry
    department church theatre country city town"""
)


def what_it_offers(tokens: list[Token], start: int, end: int) -> bool:
    """A name, the subject of its clause, whose verb's object is a plural noun that "it" offers,
    sells or runs in a clause of its own, within ten words of lower case and no "he" or "she" in
    the sentence, nor a body's or a place's noun that "it" may stand for: the writer's "it" for
    the subject, a firm ("Thomas Cook is to cut the number of holidays it offers", "is to close a
    third of the shops it runs"; a person's would be "he runs")."""
    if not opens_a_clause(tokens, start) or any(t.lower in PERSONS for t in tokens[end:]):
        return False
    if any(t.lower in BODY_NOUNS or t.lower in _ITS_OTHERS for t in tokens):
        return False  # "Tom Hale is to sell the paintings it houses, the museum said"
    for j in range(end, min(end + 11, len(tokens) - 2)):
        word = tokens[j]
        if word.is_cap or not (word.is_word or word.text[:1].isdigit()):
            return False  # a capital, a comma: another subject may own what follows
        if _a_plural_noun(word.lower) and tokens[j + 1].lower == "it" and j > end:
            verb = tokens[j + 2]
            return verb.is_word and not verb.is_cap and verb.lower.endswith(("s", "ed"))
    return False


# Words ending in "s" that are no plural noun: "as it closes", "unless it sells".
_NOT_PLURALS: Final = words_set(
    """this thus plus less unless whereas perhaps always towards afterwards besides news
    sometimes"""
)


def _a_plural_noun(word: str) -> bool:
    """A word in lower case that may be a plural noun: four letters or more ending in "s", not
    "ss" ("holidays", "shops"; not "as", "was", "unless", "business")."""
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith("ss")
        and word not in _NOT_PLURALS
    )
