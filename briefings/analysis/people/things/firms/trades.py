"""Firms named like people that a trade describes (", the publisher," and "its"), or that say "it"."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.names import words_set

# Trades that a firm and a person alike are called by ("the Glasgow car dealer", "the
# publisher"; "Jamie Byng, the publisher of Canongate, said he"): the article's pronoun decides.
_BOTHS_TRADES: Final = words_set(
    """dealer publisher jeweller bookseller baker tailor outfitter agent surveyor auditor
    accountant consultant adviser advisor broker stockbroker chemist florist butcher caterer
    builder developer printer merchant wholesaler importer auctioneer architect solicitor
    lawyer optician"""
)

# The same trades in the plural, which one person is not: "Leigh Day, the solicitors, said".
_PLURAL_TRADES: Final = frozenset(t + "s" for t in _BOTHS_TRADES) | words_set(
    "brewers retailers bankers insurers"
)

# A firm's own acts, after "it would" or "it will" in what it says of itself, with what it acts
# on ("X said it would open ten more shops", "cut 200 jobs", "sell its auction arm"), or a bid
# ("Shepherd Neame said it would not bid"), or builds ("Taylor Wimpey said it would build fewer
# homes"), or acts in or at "its" own ("said it would reopen cafes in 12 of its department
# stores"); a thing that closes or opens is no firm ("said it would close in May": a factory).
_ITS_ACTS: Final = (
    "buy|sell|close|shut|open|reopen|cut|axe|move|hire|recruit|invest|relocate|acquire|stock|launch"
    "|build"
)
# What follows a verb with no object: "close in May", "open after its refit", "move on".
_NO_OBJECT: Final = "in|at|on|after|before|when|until|by|for|from|to|as|if|down|permanently"
_SAYS_IT_WILL_ACT: Final = re.compile(
    r" (?:said|says) it (?:would|will|had|has|was|is)(?: not| never| also| now)?(?: to| be)?"
    rf" (?:bid\b|(?:{_ITS_ACTS}) (?:its|a|an|the|another|more|fewer|up|all|some|[£$€]?\d)"
    r"|(?:appeal|fight|challenge|contest) (?:against|its|the|a|any)\b|[a-z]+ its\b"
    rf"|(?:{_ITS_ACTS}) (?!(?:{_NO_OBJECT}) )[a-z][^.,;\"“]{{0,40}}? (?:of|in|at|across) its\b)"
)

# A relative clause set off by commas after a name, past which it may speak: "Russell Hobbs,
# whose kettles are sold in 40 countries, said".
_WHOSE_OR_WHICH: Final = (", whose ", ", which ")

# An apposition of "the", up to four qualifiers (no possessive) and a trade, ending at a comma,
# a full stop or a word that goes on to say more of it: ", the Glasgow car dealer,".
_A_TRADES_APPOSITION: Final = re.compile(
    r", the(?: [\w-]+){0,4}? ([a-z]+)(?=[,.;]| (?:said|says|which|whose|that|behind|in|at|"
    r"based|founded|owned)\b)"
)

# What a firm says "it" would do or had done that a person may do too, right after its trade's
# apposition ("Hamish Hamilton, the publisher, said it would print", "Grant Thornton, the auditor,
# said it had found", "Jonathan Cape, the publisher, said it had won an eight-way auction"): a
# person's "it" would be another thing's ("said it would take months", "said it had won the
# Booker": a book).
_ITS_OWN_WORK: Final = re.compile(
    r",? (?:said|says) it (?:would|will|had|has|is to)(?: not| also| now)?"
    rf" (?:{_ITS_ACTS}|print|printed|publish|published|find|found|audit|audited|pay|paid|refund"
    r"|refunded|employ|employed|appoint|appointed|sign|signed|supply|supplied|hired|bought|sold"
    r"|closed|opened|launched|acquired|invested|recruited"
    r"|won (?:an?|the) (?:[\w-]+ ){0,2}(?:auction|contract|tender|bidding war|licence|franchise))\b"
)

# A person's pronoun, after which no "its" is the name's.
_A_PERSONS_PRONOUN: Final = re.compile(r"\b(?:he|she|his|her|him)\b")

# The words that end the look for a firm's "its": a pronoun, an article or another name.
_PRONOUN_OR_NOUN: Final = re.compile(r"\b(?:its|they|their|the|a|an|[A-Z]\w*)\b")

# How the next sentence opens when it takes up the firm by "its": "Its partners said", "Eddie
# Hawthorne, its chief executive,".
_OPENS_WITH_ITS: Final = re.compile(r"(?:Its |[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}, its )")


def a_trades_firm(sentence: str, name: str, following: str) -> bool:
    """A name (not one of a list) that a comma and "the" with a trade in the plural describe
    ("Leigh Day, the solicitors, said they"), or with a trade a person has too when the firm's
    "its" is the first pronoun after it, before any other noun's article or name, or opens the
    next sentence or its subject's apposition, and no "he" or "she" follows it in its sentence ("Dorling Kindersley, the publisher, is to use AI
    to translate its children's books", "Arnold Clark, the Glasgow car dealer, has been hit …
    Eddie Hawthorne, its chief executive,"); not "Jamie Byng, the publisher of Canongate, said
    he", nor "Tom Hill, the builder, said the council had broken its rules"."""
    at = sentence.find(name + ", the ")  # (the rare, anchored half first)
    if at < 0 or sentence[:at].endswith((" and ", ", ", " & ")):
        return False
    end = at + len(name)
    apposition = _A_TRADES_APPOSITION.match(sentence, end)
    if apposition is None:
        return False
    head = apposition.group(1)
    if head in _PLURAL_TRADES:
        return True
    if head not in _BOTHS_TRADES:
        return False
    rest = sentence[apposition.end() :]
    if _A_PERSONS_PRONOUN.search(rest):
        return False  # "Ozwald Boateng, the tailor, said he"
    first = _PRONOUN_OR_NOUN.search(rest)
    if first is not None and first.group(0) == "its":
        return True
    if _ITS_OWN_WORK.match(rest):
        return True  # "Hamish Hamilton, the publisher, said it would print"
    return _OPENS_WITH_ITS.match(following) is not None or _the_trade_says_its(following, head)


def _the_trade_says_its(following: str, head: str) -> bool:
    """The next sentence opening with "The" and the same trade, whose first pronoun is the
    firm's "its" ("Stephen James, the BMW dealer, has bought … The dealer said its staff"; not
    "The dealer said he", "The dealer said the council")."""
    opening = "The " + head + " "
    if not following.startswith(opening):
        return False
    rest = following[len(opening) :]
    first = _PRONOUN_OR_NOUN.search(rest)
    return (
        first is not None
        and first.group(0) == "its"
        and not _A_PERSONS_PRONOUN.search(rest, 0, first.start())
    )


def says_it_will_act(sentence: str, name: str) -> bool:
    """A full name opening its sentence, maybe past a clause of "whose" or "which", then "said it
    would" and what a firm does, or any act on "its" own ("Shepherd Neame said it would not bid",
    "Oliver Hart said it would open ten more shops", "Russell Hobbs, whose kettles are sold in 40
    countries, said it would keep its Manchester office", "Severn Trent said it would appeal
    against the fine"): a firm speaking of itself, as a person says "he" or "she"; not "said it
    would take months", "said it would speed up work", of another thing."""
    if " " not in name or not sentence.startswith(name):
        return False  # (a full name, as a surname alone stands for someone named before)
    at = len(name)
    if sentence.startswith(_WHOSE_OR_WHICH, at):
        at = sentence.find(", ", at + 7) + 1  # past the clause: "Russell Hobbs, whose kettles …,"
        if at == 0:
            return False
    elif not sentence.startswith(" sa", at):
        return False
    return _SAYS_IT_WILL_ACT.match(sentence, at) is not None


# A business's noun after "the", maybe past a rank of size, that takes up the firm that speaks
# ("Aston Martin said … as the carmaker cut costs", "… would secure the company's future", "…
# would make it the second largest bookmaker"): not a person's ("the team").
_THE_BUSINESS: Final = re.compile(
    r"\bthe (?:(?:second|third|fourth|fifth)[ -])?(?:(?:largest|biggest) )?(?:carmaker|company|company's|firm|firm's|brewer|brewery's|retailer|retailer's"
    r"|lender|insurer|bank|bank's|chain|chain's|airline|supermarket|housebuilder|bookmaker)\b"
)


def says_of_its_business(sentence: str, name: str, following: str) -> bool:
    """A full name opening its sentence with "said" that the rest of the sentence, or the next,
    takes up as "the company", "the carmaker" ("Aston Martin said Gaydon would lose 170 jobs as
    the carmaker cut costs", "Daniel Thwaites said the site would be sold. Chairman Rick Bailey
    said the move would secure the company's future"): the firm that spoke, if no "he" or "she"
    follows it in its sentence. The caller asks that
    the two sentences name no body that the noun could take up instead."""
    if " " not in name or not sentence.startswith(name + " said "):
        return False  # (the anchored test first)
    rest = sentence[len(name) + 6 :]
    if _A_PERSONS_PRONOUN.search(rest):
        return False  # "Tom Hale said he would leave the company"
    return _THE_BUSINESS.search(rest) is not None or _THE_BUSINESS.search(following) is not None
