"""Appositions and copulas that call a name a body or a work: ", the investment bank,"."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.given_names.gender import PERSON_NOUNS
from briefings.analysis.common.names import ORG_NOUNS, SPEECH_VERBS, WORK_NOUNS, words_set
from briefings.analysis.people.finding.runs import cap_at
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.body_words import BEFORE_A_VERB, BODY_NOUNS, PREPOSITIONS


def named_after_a_bodys_noun(tokens: list[Token], start: int, end: int) -> bool:
    """A name between commas right after "the" (or a possessive) and a body's or a work's noun,
    maybe qualified: "The bank, Morgan Stanley, has", "the film, Vera Drake, is", "the band's new
    album, Mary Jane, is", "The American bank, Morgan Stanley,"; not "the face of the party, Donald J. Trump,"."""
    if not (
        start >= 3
        and end < len(tokens)
        and tokens[start - 1].text == ","
        and tokens[end].text == ","
        and not tokens[start - 2].is_cap
        and tokens[start - 2].lower in BODY_NOUNS | WORK_NOUNS
    ):
        return False
    k = start - 3
    while k > 0 and start - k < 6 and tokens[k].is_word:
        if tokens[k].lower in _THE_OR_ITS or tokens[k].possessive:
            break
        k -= 1  # a qualifier in capitals too: "a Texas company, Diamond Shamrock,"
    if not (tokens[k].lower in _THE_OR_ITS or tokens[k].possessive):
        return False
    return k < 1 or tokens[k - 1].lower != "of"  # "from a Texas company, Diamond Shamrock,"


_THE_OR_ITS: Final = words_set("the its their his her a an")


def described_as_a_thing(tokens: list[Token], end: int) -> bool:
    """An apposition or a copula naming a body or a work: "Morgan Stanley, the investment
    bank,", "Eve Green, her first novel,", "Vera Drake is a film about", "Ann Summers, the
    retailer", "Morgan Stanley, the bank said"."""
    return _things_noun(tokens, end) is not None


def described_as_a_work(tokens: list[Token], end: int) -> bool:
    """An apposition or a copula naming a work or a product, not a body: "Mrs Doubtfire, the
    musical,", "Mr Selfridge, the ITV drama about", "Mr Muscle, the cleaning brand," (not "the
    model", which a person is too)."""
    noun = _things_noun(tokens, end)
    return noun is not None and noun in _WORKS_OR_PRODUCTS


def _things_noun(tokens: list[Token], end: int) -> str | None:
    """The noun of the apposition or copula after tokens[:end] that names a body or a work
    (`described_as_a_thing`), "" when a possessor's work or a fiction names it, or None."""
    copula = end < len(tokens) and tokens[end].lower in _COPULAS
    if copula and tokens[end].lower in _PERFECTS:
        if end + 1 < len(tokens) and tokens[end + 1].lower == "become":
            end += 1  # "Les Miserables has become the first musical to"
        else:
            copula = False
    if end + 2 >= len(tokens) or not (tokens[end].text == "," or copula):
        return None
    if not copula and _someones_thing(tokens, end + 1):
        return ""  # "Vera Drake, Mike Leigh's film about an abortionist,"
    if tokens[end + 2].lower == "fictional" and tokens[end + 1].lower in {"a", "an", "the"}:
        return ""  # "Jack Frost, the fictional detective,"
    if tokens[end + 1].lower not in {"a", "an", "the", "his", "her", "their", "its"}:
        return None
    k = end + 2
    joined = 0  # one word more after an "and": "the lingerie and adult toys chain"
    while k < len(tokens) and k - end < 6 + joined and tokens[k].is_word and not tokens[k].is_cap:
        if tokens[k].lower in PREPOSITIONS or (
            (copula or tokens[k].lower == "about")
            and tokens[k].lower in _AFTER_A_NOUN
            and k > end + 2
        ):
            break  # "Vera Drake is a film about", "a film that", "Ted Lasso, the comedy about"
        if tokens[k].lower == "to" and tokens[k - 1].lower in _PRODUCTS:
            break  # "Bridget Jones, the sequel to the 2001 hit,"
        if tokens[k].lower == "and" and not joined and _joins_two_goods(tokens, k, end):
            k, joined = k + 1, 1  # "the fashion and furnishings brand": two qualifiers, one noun
            continue
        if tokens[k].is_head or tokens[k].lower in BEFORE_A_VERB or tokens[k].possessive:
            return None  # "the president of", "a company that", "the government's"
        if _participle_after_a_thing(tokens, k, end):
            break  # "Henry Realty, a firm focused on real estate"
        if not copula and k > end + 2 and tokens[k].lower in SPEECH_VERBS:
            if k == end + 3 and tokens[k - 1].lower in _BODIES_OR_PEOPLE:
                return None  # "The new voice is Stephen Mangan, the broadcaster said": who spoke
            break  # "He joined Morgan Stanley, the bank said": the apposition speaks
        k += 1
    if copula and k > end + 1 and k + 1 < len(tokens) and tokens[k].is_cap:
        # a qualifier in capitals inside a copula's noun phrase: "has become the first West End
        # musical to": a work's noun only, right after it
        after = _after_a_named_qualifier(tokens, k)
        if (
            after > k
            and after < len(tokens)
            and tokens[after].lower in WORK_NOUNS
            and tokens[after].lower not in _PERSONS_TOO
        ):
            return tokens[after].lower
        return None
    if not copula and k == end + 2:  # a qualifier in capitals or figures: ", the BBC drama,"
        k = qualified = _after_a_named_qualifier(tokens, k)
        if k == end + 2:
            return None
        while k < len(tokens) and k - end < 8 and tokens[k].is_word and not tokens[k].is_cap:
            if tokens[k].lower in PREPOSITIONS or tokens[k].lower in BEFORE_A_VERB:
                break
            if tokens[k].lower == "about" and k > qualified:
                break  # ", the ITV drama about"
            if tokens[k].is_head or tokens[k].possessive:
                return None  # ", the Royal Bank chief executive", ", the BBC's"
            k += 1
        if k == qualified or (k < len(tokens) and not _ends_a_qualified_work(tokens, k)):
            return None  # the apposition ends with its noun: ", the Channel 4 soap,"
    last = tokens[k - 1].lower
    if copula and last in _PERSONS_TOO:
        return None  # "Kate Moss is a model", "Tom Smith is a film producer"
    if k > end + 2 and (
        last in ORG_NOUNS
        or last in WORK_NOUNS
        or last in BODY_NOUNS
        or last in _PRODUCTS
        or last in _PARTS_OF_A_BODY
    ):
        return last
    if (
        k > end + 3
        and last in _HITS
        and (tokens[k - 2].is_cap or _A_YEAR.fullmatch(tokens[k - 2].text))
    ):
        return (
            last  # a record after its year or its makers: ", the 1968 hit,", ", the Beatles hit,"
        )
    return None


# A body's noun that is a person's job too: "the broadcaster said" tells who spoke, not what the
# name before it is.
_BODIES_OR_PEOPLE: Final = words_set("broadcaster bookmaker")


def _joins_two_goods(tokens: list[Token], k: int, end: int) -> bool:
    """An "and" between two lower-case qualifiers of the apposition's one noun ("the fashion and
    furnishings brand", "the lingerie and adult toys chain"): a word before it that is no noun a
    person is called by, and a lower-case word after it that is no head, no verb's word and no
    noun of a person ("the father and husband", "the chairman and chief executive" stay
    someone's)."""
    if k < end + 3 or k + 2 >= len(tokens):
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    return (
        after.is_word
        and not after.is_cap
        and not after.is_head
        and not before.is_head
        and after.lower not in BEFORE_A_VERB
        and after.lower not in PERSON_NOUNS
        and before.lower not in PERSON_NOUNS
    )


def _ends_a_qualified_work(tokens: list[Token], k: int) -> bool:
    """Where an apposition with a qualifier in capitals or a year ends: a comma or a full stop,
    or "about" or "by" after a work's noun (", the ITV drama about the store's founder,", ", the
    1966 song by the Beatles,"; not ", the BBC chief about")."""
    if tokens[k].text in {",", ".", ";"}:
        return True
    return tokens[k].lower in {"about", "by"} and tokens[k - 1].lower in WORK_NOUNS


# What a firm is of another: "Jimmy Choo, a subsidiary of Lion Capital,".
_PARTS_OF_A_BODY: Final = words_set("subsidiary division offshoot")


# Products and shows a brand's or a work's name is, besides the works and bodies of the shared
# lists: "Tia Maria, the coffee liqueur,", "Peter Pan, the pantomime,".
_PRODUCTS: Final = words_set(
    """liqueur vodka gin lager beer champagne cognac rum cider perfume fragrance pantomime panto
    ballet cartoon sequel prequel remake adaptation follow-up spin-off bestseller best-seller
    mascot puppet"""
)

# Someone's fictions, in an apposition: "Alan Partridge, Steve Coogan's comic creation,".
_FICTIONS: Final = words_set("character creation ego")


def is_a_named_work(tokens: list[Token], end: int) -> bool:
    """A copula and a work's noun that capitalised words qualify: "Peter Pan is the Christmas
    show", "Jonathan Creek was a BBC drama"; not "is the BBC drama producer"."""
    if end + 3 >= len(tokens) or tokens[end].lower not in {"is", "was"}:
        return False
    if tokens[end + 1].lower not in {"a", "an", "the"} or not cap_at(tokens, end + 2):
        return False
    k = end + 2
    while k < len(tokens) and k - end < 6 and cap_at(tokens, k) and not tokens[k].possessive:
        k += 1
    if k >= len(tokens) or tokens[k].is_cap or tokens[k].lower not in WORK_NOUNS:
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is None or not after.is_word or after.lower in PREPOSITIONS | _AFTER_A_NOUN


# Participles that end in neither "-ed" nor "-ing": "the clothing brand bought by Frasers".
_IRREGULAR_PARTICIPLES: Final = words_set(
    "bought sold run made built known taken held set begun grown left written"
)


def _participle_after_a_thing(tokens: list[Token], k: int, end: int) -> bool:
    """A participle right after a noun for a body or a work ends the description: "a firm
    focused on", "a chain owned by", "a novel written in", "the clothing brand bought by"; not
    "a bank robber"."""
    low, noun = tokens[k].lower, tokens[k - 1].lower
    return (
        k > end + 2
        and (low.endswith(("ed", "ing")) or low in _IRREGULAR_PARTICIPLES)
        and (noun in ORG_NOUNS or noun in WORK_NOUNS or noun in BODY_NOUNS)
    )


def someones_work(tokens: list[Token], end: int) -> bool:
    """An apposition after a name that calls it a work of someone's, whatever it tells of after
    the work's noun: "Kinsey, Bill Condon's biopic of the sex researcher," (the researcher no
    role of the name's; not "Tony Blair's wife", "Burberry's model")."""
    return (
        end + 3 < len(tokens)
        and tokens[end].text == ","
        and _someones_thing(tokens, end + 1, _SOMEONES_WORKS)
    )


def _someones_thing(tokens: list[Token], k: int, ends: frozenset[str] | None = None) -> bool:
    """An apposition naming a work or a body of someone's: "Mike Leigh's film", "Tamara
    Mellon's company" (not "Tony Blair's wife"); with `ends`, only a thing of those nouns."""
    start = k
    while k < len(tokens) and k - start < 4 and cap_at(tokens, k) and not tokens[k].possessive:
        k += 1
    if k >= len(tokens) or not tokens[k].possessive or not tokens[k].is_cap:
        return False  # one word's too: "Jimmy Choo, Britain's biggest shoe retailer,"
    k += 1
    head = k
    if k < len(tokens) and _A_YEAR.fullmatch(tokens[k].text):
        head = k = k + 1  # a year before the work: "Michael Jackson's 1983 hit"
    while k < len(tokens) and k - head < 3 and tokens[k].is_word and not tokens[k].is_cap:
        low = tokens[k].lower
        if low in PREPOSITIONS or low in BEFORE_A_VERB or low in _AFTER_A_NOUN:
            break  # "Mike Leigh's film about", "Mike Leigh's film that"
        if tokens[k].is_head or tokens[k].possessive:
            return False  # "Tony Blair's chief of staff", "Warner's film producer"
        k += 1
    if k == head:
        return False
    last = tokens[k - 1].lower
    if last in _PERSONS_TOO:
        return False  # "Kate Moss, Burberry's model,"
    if ends is not None:
        return last in ends
    return (
        last in WORK_NOUNS
        or last in BODY_NOUNS
        or last in _PRODUCTS
        or last in _FICTIONS
        or last in _HITS
    )


# A year written before a work: "Michael Jackson's 1983 hit".
_A_YEAR: Final = re.compile(r"(?:19|20)\d\d")

# Someone's record that was a success, after the possessive: "Michael Jackson's 1983 hit".
_HITS: Final = words_set("hit hits")


def _after_a_named_qualifier(tokens: list[Token], k: int) -> int:
    """Where the lower-case words start after a qualifier of capitalised words or figures that
    opens an apposition ("BBC", "Channel 4", "Simon and Garfunkel"), or `k` when none opens it
    or it is a possessive."""
    start = k
    while k < len(tokens) and k - start < 3 and (tokens[k].is_cap or tokens[k].text.isdigit()):
        if tokens[k].possessive:
            return start
        k += 1
        if k + 1 < len(tokens) and tokens[k].lower == "and" and tokens[k + 1].is_cap:
            k += 1  # a duo's names: "the Simon and Garfunkel hit"
    return k


# Verbs that make a copula of the noun phrase after them: "is", "has become".
_COPULAS: Final = words_set("is was became becomes remains remained has had")
_PERFECTS: Final = words_set("has had")  # only with "become" after them

_AFTER_A_NOUN: Final = frozenset({"about", "that", "which", "starring", "set", "based", "whose"})

# Nouns for a work or a body that are also what a person is: "a model", "a producer".
_PERSONS_TOO: Final = frozenset(
    {"model", "producer", "maker", "contractor", "exporter", "manufacturer"}
)

# The works and products of `described_as_a_work`: not a body, nor what a person is too.
_WORKS_OR_PRODUCTS: Final = (WORK_NOUNS | _PRODUCTS | _HITS) - _PERSONS_TOO

# The works of `someones_work`: no body's noun, nor what a person is too.
_SOMEONES_WORKS: Final = (WORK_NOUNS | _PRODUCTS | _HITS) - _PERSONS_TOO - {"label", "brand"}
