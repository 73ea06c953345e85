"""What only firms do or have: a legal suffix, results, profit warnings, shops counted, "whose shares"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.people.finding.runs import cap_at
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.body_words import A_BODYS
from briefings.analysis.people.things.clauses import opens_a_clause

# A firm's legal suffix written in lower case after its name: "Ted Baker plc".
_LEGAL: Final = words_set("plc ltd inc llc llp")

# Auxiliaries between a subject and its verb: "Laura Ashley has issued", "is to close".
AUXILIARIES: Final = words_set(
    """has have had is was will would could may might is to be been also now still then gone
    went expected set"""
)

# Verbs of a firm stating its own figures: "made a pre-tax loss", "issued a profit warning".
_STATES: Final = words_set(
    """made makes posted posts reported reports announced announces unveiled unveils issued
    issues revealed reveals report post announce unveil issue reveal"""
)

# A firm's figures after those verbs ("sales" only with a rise or fall: "announced the sale").
_FIGURES: Final = words_set(
    """profit profits loss losses turnover earnings revenue revenues results dividend
    like-for-like pre-tax"""
)

# Verbs of a firm's shops, counted: "has 84 shops", "is to close 20 stores".
# (not "opened": "Richard Branson opened three shops" is said of a person too)
_SHOPS_VERBS: Final = words_set("has have had close closes closing closed shut shuts shutting")

# A person's pronouns: "Kelly Holmes made a profit on her house, she said."
PERSONS: Final = words_set("he she his her him himself herself")

# What a chain has, counted: "84 shops", "300 stores worldwide".
_OUTLETS: Final = words_set(
    "stores shops branches outlets restaurants pubs factories plants boutiques supermarkets"
)

# Words between the verb and the count: "more than 300", "a further 12", "another 20".
_COUNTING: Final = words_set(
    "more than over about around almost nearly a further another some up to"
)


def told_as_a_firm(tokens: list[Token], start: int, end: int) -> bool:
    """What news says only of a firm after its name: a legal suffix, "whose shares", its figures,
    shops, jobs or fate, something done to "its" own."""
    if end >= len(tokens):
        return False
    after = tokens[end]
    if after.text == ",":
        return whose_holdings(tokens, end)
    if not after.is_word or after.is_cap:
        return False  # a full stop, a bracket, a quotation mark, another name
    if a_legal_suffix(tokens, end) or a_partnership(tokens, end):
        return True  # "Ted Baker plc", "Henry Holt and Company"
    return a_firms_act(tokens, start, end) or of_its_own(tokens, start, end)


def a_legal_suffix(tokens: list[Token], end: int) -> bool:
    """A firm's legal suffix in lower case right after the name: "Ted Baker plc reported"."""
    return end < len(tokens) and tokens[end].lower.rstrip(".") in _LEGAL


# A firm's partners, written in capitals after its founder's name and "and": "Henry Holt and
# Company", "John Wiley and Sons".
_PARTNERSHIP: Final = words_set("company co sons partners associates")


def a_partnership(tokens: list[Token], end: int) -> bool:
    """ "and" and a firm's partners after a name: "Henry Holt and Company", "Wiley and Sons"."""
    return (
        end + 1 < len(tokens)
        and tokens[end].lower == "and"
        and tokens[end + 1].is_cap
        and tokens[end + 1].lower.rstrip(".") in _PARTNERSHIP
    )


def a_firms_act(tokens: list[Token], start: int, end: int) -> bool:
    """A name, the subject of its clause, stating a firm's figures ("Laura Ashley has issued a
    profit warning", "made a pre-tax loss of £5m") or counting its shops ("has 84 shops", "is to
    close 20 stores"); a person "has three children", "announced his retirement", and a sentence
    that says "he" or "she" may be of a person ("made a profit on her house")."""
    if not opens_a_clause(tokens, start) and not _second_of_two(tokens, start):
        return False
    end = _past_a_partner(tokens, end)  # "Taylor Woodrow and George Wimpey both reported"
    for k in range(end, min(len(tokens), end + 5)):
        verb = tokens[k].lower
        if (
            (verb in _STATES and _figures_follow(tokens, k + 1))
            or (verb in _MERGES and k + 1 < len(tokens) and tokens[k + 1].lower == "with")
            or (verb in _PRICE_VERBS and _priced_goods(tokens, k + 1))
            or (verb in _SHOPS_VERBS and _counted(tokens, k + 1, _OUTLETS))
            or _firms_fate(tokens, k)
            or _to_the_stock_exchange(tokens, k)
        ):
            return not any(t.lower in PERSONS for t in tokens[end:])
        if verb not in AUXILIARIES:
            return False
    return False


# Verbs that tell a stock exchange what a listed firm must: "told the stock exchange", "said in a
# statement to the London Stock Exchange".
_TELLS: Final = words_set("told tells informed informs notified notifies")


def _to_the_stock_exchange(tokens: list[Token], k: int) -> bool:
    """What a listed firm tells a stock exchange: "Laura Ashley told the stock exchange that
    sales fell", "said in a statement to the London Stock Exchange" (not "said the stock market
    was weak")."""
    low = [t.lower for t in tokens[k : k + 10]]
    if low[0] in _TELLS:
        rest = low[1:]
    elif low[0] in {"said", "says"} and low[1:5] == ["in", "a", "statement", "to"]:
        rest = low[5:]
    else:
        return False
    rest = rest[rest[:1] == ["the"] :]
    rest = rest[1:] if rest[:1] and rest[0] not in {"stock"} and len(rest) > 2 else rest
    return rest[:1] == ["stock"] and rest[1:2] in (["exchange"], ["market"])


# Verbs of a firm's jobs, counted: "is to cut 200 jobs", "will create 500 posts".
_JOBS_VERBS: Final = words_set(
    """cut cuts cutting axe axes axing shed sheds shedding create creates creating slash slashes
    slashing lose loses losing"""
)
_JOBS: Final = words_set("jobs posts positions")

# Verbs of a firm's hiring, counted with its staff: "is to hire 10,000 temporary staff" (not at
# a named place: "Alan Sugar hired 20 staff at Amstrad", a boss's).
_HIRES: Final = words_set("hire hires hiring recruit recruits recruiting")
_STAFF: Final = words_set("staff workers employees people")

# What only a firm goes into: "went into administration".
_FAILED: Final = words_set("administration receivership liquidation")


# A firm's merger, said with "with": "Taylor Woodrow is to merge with Wimpey".
_MERGES: Final = words_set("merge merges merged merging")


# What a firm does to what it charges: "Tesco cut prices", "raised its fares" (not "rates": a
# central banker's; not "taxes" or "tariffs": a government's).
_PRICE_VERBS: Final = words_set(
    "raise raises raised raising cut cuts cutting slash slashed lower lowered"
)
_CHARGES: Final = words_set("prices fares premiums")


def _priced_goods(tokens: list[Token], k: int) -> bool:
    """What a firm charges right after the verb, maybe after "its" or "their": "cut prices"."""
    k += k < len(tokens) and tokens[k].lower in {"its", "their"}
    return k < len(tokens) and tokens[k].lower in _CHARGES


def _past_a_partner(tokens: list[Token], end: int) -> int:
    """Where the verb of two names joined by "and" may stand: past the second name and a "both"
    ("Estee Lauder and Elizabeth Arden both raised"); `end` itself when no name is joined."""
    k = end
    if k + 1 < len(tokens) and tokens[k].lower == "and" and cap_at(tokens, k + 1):
        k += 1
        while k < len(tokens) and cap_at(tokens, k):
            k += 1
    return k + (k < len(tokens) and tokens[k].lower in {"both", "each"})


def _second_of_two(tokens: list[Token], start: int) -> bool:
    """A name after "and" and another name that opens its clause: "Taylor Woodrow and George
    Wimpey" (not "he and Mike Pence")."""
    if start < 2 or tokens[start - 1].lower != "and":
        return False
    k = start - 1
    while k > 0 and cap_at(tokens, k - 1):
        k -= 1
    return k < start - 1 and opens_a_clause(tokens, k)


def _firms_fate(tokens: list[Token], k: int) -> bool:
    """At the verb `k`: jobs counted ("cut 200 jobs"), administration ("went into administration",
    "called in the administrators"), a collapse with the loss of jobs, a turn to a profit or a
    loss ("returned to profit") or a listing ("is to float on the stock market")."""
    verb = tokens[k].lower
    after = tokens[k + 1 : k + 5]
    if verb in _JOBS_VERBS:  # not a boss's: "Alan Sugar cut 200 jobs at Amstrad"
        return _counted(tokens, k + 1, _JOBS) and not any(
            t.lower in {"at", "in"} and cap_at(tokens, n + 1)
            for n, t in enumerate(tokens[k + 2 : k + 8], start=k + 2)
        )
    if verb in _HIRES:  # "John Lewis is to hire 10,000 temporary staff for Christmas"
        return _counted(tokens, k + 1, _JOBS | _STAFF) and not any(
            t.lower in {"at", "in"} and cap_at(tokens, n + 1)
            for n, t in enumerate(tokens[k + 2 : k + 8], start=k + 2)
        )
    if after and after[0].lower == "into" and len(after) > 1 and after[1].lower in _FAILED:
        return True
    if verb in _FOLDED and _with_the_loss_of_jobs(tokens, k + 1):
        return True  # "Jack Wills collapsed in 2019 with the loss of 600 jobs"
    if verb in {"called", "call", "calls"} and any(
        t.lower in {"administrators", "receivers"} for t in after
    ):
        return True
    if _into_profit_or_loss(tokens, k):
        return True  # "John Lewis has returned to profit", "Boohoo swung to a loss"
    return verb == "float" and (not after or after[0].lower in {"on", "in", "next", "later"})


# Verbs of a firm's accounts turning, before "to" or "into": "returned to profit", "swung to a
# loss", "fell into the red".
_TURNS: Final = words_set(
    """return returns returned returning swing swings swung swinging fall falls fell falling
    slip slips slipped slipping plunge plunges plunged plunging sink sinks sank slide slides
    slid move moves moved moving"""
)

# What a firm's accounts turn to: "profit", "a loss", "the red", "the black", "profitability".
_PROFIT_OR_LOSS: Final = words_set("profit profits profitability loss losses red black")


def _into_profit_or_loss(tokens: list[Token], k: int) -> bool:
    """At the verb `k`: a turn of a firm's accounts, "to" or "into" and a profit or a loss, maybe
    after "a" or "the" ("has returned to profit", "swung to a pre-tax loss", "fell into the red";
    not "returned to the stage")."""
    if tokens[k].lower not in _TURNS or k + 2 >= len(tokens):
        return False
    if tokens[k + 1].lower not in {"to", "into"}:
        return False
    for t in tokens[k + 2 : k + 5]:
        if t.lower in _PROFIT_OR_LOSS:
            return True
        if t.is_cap or not (t.is_word or t.text == "-"):
            return False
    return False


# A firm's end, before "with the loss of" its jobs: "collapsed with the loss of 12,000 jobs".
_FOLDED: Final = words_set("collapsed closed shut folded ceased")


def _with_the_loss_of_jobs(tokens: list[Token], k: int) -> bool:
    """ "with the loss of" and a number of jobs within the clause from `k`: "in August with the
    loss of 12,000 jobs"."""
    low = [t.lower for t in tokens[k : k + 12]]
    for n in range(len(low) - 4):
        if low[n : n + 4] == ["with", "the", "loss", "of"]:
            return _counted(tokens, k + n + 4, _JOBS)
        if low[n] in {",", ";", "and", "but"}:
            return False
    return False


def out_of_administration(tokens: list[Token], end: int) -> bool:
    """A name right before "out of administration" or "from administrators": a firm rescued or
    bought ("bought Jack Wills out of administration"), as no person is."""
    if end + 1 >= len(tokens) or tokens[end].lower not in {"out", "from"}:
        return False  # (most names: a test before the words are gathered)
    after = [t.lower for t in tokens[end : end + 3]]
    return (after[:2] == ["out", "of"] and after[2:] != [] and after[2] in _FAILED) or (
        after[0] == "from" and after[1] in _RESCUED_FROM
    )


# What a firm is bought from: "from administrators", "from administration".
_RESCUED_FROM: Final = _FAILED | words_set("administrators receivers liquidators")


def _figures_follow(tokens: list[Token], k: int) -> bool:
    """A firm's figures within seven words, before a name, a comma or a new clause."""
    for n in range(k, min(len(tokens), k + 7)):
        token = tokens[n]
        if token.lower in _FIGURES:  # "profit warning" too
            return True
        if token.is_cap or token.text in {",", ";", ":"} or token.lower in {"that", "his", "her"}:
            return False
    return False


def _counted(tokens: list[Token], k: int, nouns: frozenset[str]) -> bool:
    """A number (maybe after "more than") and, within two more words, one of `nouns`: "more than
    300 shops", "200 jobs"."""
    while k < len(tokens) and tokens[k].lower in _COUNTING:
        k += 1
    if k >= len(tokens) or not tokens[k].text[:1].isdigit():
        return False
    return any(t.lower in nouns for t in tokens[k + 1 : k + 4])


def of_its_own(tokens: list[Token], start: int, end: int) -> bool:
    """A name, the subject of its clause, doing something to "its" own ("Ted Baker raised its
    dividend", "Laura Ashley has cut its forecast", "has agreed to sell its German airline"), in
    a sentence with no "he" or "she"."""
    if not opens_a_clause(tokens, start):
        return False
    k = end
    while k < len(tokens) and tokens[k].lower in AUXILIARIES and k - end < 3:
        k += 1
    if k + 1 >= len(tokens) or not tokens[k].is_word or tokens[k].is_cap:
        return False
    if not _its_within_the_verbs_phrase(tokens, k + 1):
        return False
    return not any(t.lower in PERSONS for t in tokens[end:])


# Words after which "its" may own something other than the subject: another noun's determiner, a
# new clause ("Tom Hale has bought a stake in the club and its ground"), a share of what was named
# before ("Tony Blair visited one of its schools": `a_firms_act` reads a firm's verbs of shares).
_ANOTHER_OWNER: Final = words_set(
    """the a an this that these those his her their our my your another each every and or but
    who which whose while as because of"""
)


def _its_within_the_verbs_phrase(tokens: list[Token], k: int) -> bool:
    """ "its" within six words after the verb, with no capitalised word, comma or other possible
    owner before it: "raised its dividend", "has agreed to sell its German airline", "is to cut
    120 jobs at its Guildford plant" (the subject's own)."""
    for j in range(k, min(k + 7, len(tokens))):
        word = tokens[j]
        if word.lower == "its":
            return True
        if word.text[:1].isdigit():
            continue  # "120 jobs"
        if not word.is_word or word.is_cap or word.lower in _ANOTHER_OWNER:
            return False
    return False


def whose_holdings(tokens: list[Token], end: int) -> bool:
    """A comma, "whose" and a body's holdings after a name: "Laura Ashley, whose shares have
    fallen" (a person's "whose wife", "whose career")."""
    return (
        end + 2 < len(tokens)
        and tokens[end].text == ","
        and tokens[end + 1].lower == "whose"
        and any(t.lower in A_BODYS for t in tokens[end + 2 : end + 4])
    )
