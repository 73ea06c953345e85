"""Words before a name that make it no person's: a work's noun, a team's title, fiction."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import NAME_PARTICLES, SPEECH_VERBS, WORK_NOUNS, words_set
from briefings.analysis.people.own_words.nature import name_nature
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.body_words import BEFORE_A_VERB, BODY_NOUNS, PREPOSITIONS
from briefings.analysis.speech.name_shapes import first_name_like

# What only a character or a work is before its name: "the fictional detective", "cartoon".
_FICTIONAL: Final = words_set("fictional cartoon comic-book")


def fictional_before(tokens: list[Token], start: int) -> bool:
    """A word that only a character or a work takes, among the three before the name, whatever
    role follows it: "the fictional detective Jack Frost", "cartoon hero Danger Mouse"."""
    for k in range(start - 1, max(0, start - 3) - 1, -1):
        t = tokens[k]
        if (t.is_cap and k > 0) or not t.is_word or t.lower in PREPOSITIONS:
            return False  # "a cartoon of Donald Trump" is of a person; the sentence's first
            # word is capitalised whatever it is: "Fictional detective Jack Frost returns"
        if t.lower in _FICTIONAL:
            return True
    return False


# Nouns for a thing that are a person's job too: "model Kate Moss" (a car's model is named
# after it: "the Focus model").
_JOBS_TOO: Final = frozenset({"model"})


def introduced_as_a_thing(tokens: list[Token], start: int) -> bool:
    """A name written after a noun for a work ("film Mary Poppins", "hit show Jerry Springer") or
    after a person and "of", where news style puts their body ("Mike Powell of Dresdner Kleinwort
    Wasserstein")."""
    if start == 0:
        return False
    before = tokens[start - 1]
    if before.lower in WORK_NOUNS and not before.is_cap and before.lower not in _JOBS_TOO:
        # a noun, not a verb: "trying to show Bernie Sanders", "they play Tom Smith"
        return not (start > 1 and tokens[start - 2].lower in BEFORE_A_VERB)
    if before.lower in BODY_NOUNS and not before.possessive and _lower_or_first(tokens, start - 1):
        return True  # "investment bank Morgan Stanley", "the band Franz Ferdinand", "Toymaker
        # Hornby" (the sentence's first word is capitalised whatever it is)
    if _a_firms_kind(tokens, start - 1):
        return True  # "luxury goods maker Louis Vuitton", "fashion house Jimmy Choo"
    if (before.lower in _FICTION or before.lower in _ANIMALS) and not before.is_cap:
        return True  # "the character Bridget Jones", "the filly Lisa Ann": no real person
    if before.lower in _HITS and start > 1 and tokens[start - 2].lower in _HIT_KINDS:
        return True  # "West End hit Mary Poppins", "box office hit Billy Elliot"
    if before.lower in _NOMINEES and _a_works_category(tokens, start - 1):
        return True  # "best film nominee Vera Drake" (a person is "best actress nominee")
    if before.lower in _CALLED and start > 1:
        noun = tokens[start - 2]
        # "a program called Sandy Hook Promise", "a film titled Vera Drake", "a robot called
        # Sophia"; not "a man named"
        return not noun.is_cap and (
            noun.lower in WORK_NOUNS or noun.lower in BODY_NOUNS or noun.lower in _ANIMALS
        )
    if before.lower != "of" or start < 3:
        return False
    surname, first = tokens[start - 2], tokens[start - 3]
    return surname.is_word and surname.is_cap and first.is_cap and first_name_like(first.text)


# What a publication is, written in lower case right after its title: "Forbes magazine".
_PUBLICATIONS: Final = words_set("magazine magazines newspaper newspapers tabloid")


# What makes a producer a person's job, written before it: "series producer Bryan Kirkwood" (not
# "oil producer Shell").
_A_WORKS: Final = WORK_NOUNS | words_set("record music tv television theatre executive")


def _a_works_producer(tokens: list[Token], k: int) -> bool:
    """ "producer" at `k` after a work's noun: a person's job ("series producer", "record
    producer"), not a firm's kind."""
    return tokens[k].lower == "producer" and k > 0 and tokens[k - 1].lower in _A_WORKS


def before_a_publications_noun(tokens: list[Token], end: int) -> bool:
    """A name right before a publication's noun is its title ("Forbes magazine said", "Hello
    magazine"): news writes no person so, wherever else the name stands ("Forbes says it")."""
    return end < len(tokens) and not tokens[end].is_cap and tokens[end].lower in _PUBLICATIONS


def _lower_or_first(tokens: list[Token], k: int) -> bool:
    """A word written in lower case, or the sentence's first word."""
    return not tokens[k].is_cap or not any(t.is_word for t in tokens[:k])


# Makers that may be people ("film producer", "policy maker") unless what they make is written in
# the plural ("goods maker", "drinks producer", "chips manufacturer"): a firm's trade.
_MAKERS: Final = words_set("maker producer manufacturer exporter")

# Words that may stand before "house" without making it a firm's kind: "the house", "his house".
_HOUSE_OWNERS: Final = words_set(
    """the a an this that his her their its my our your whose which what one every each any"""
)


def _a_firms_kind(tokens: list[Token], noun: int) -> bool:
    """A firm's kind written right before its name with the trade before it: a maker of things in
    the plural ("luxury goods maker", "drinks producer"), a trade's house ("fashion house",
    "auction house"; not "the house", "his house")."""
    if noun < 1 or tokens[noun].is_cap or tokens[noun].possessive:
        return False
    trade = tokens[noun - 1]
    if not (trade.is_word and not trade.possessive and _lower_or_first(tokens, noun - 1)):
        return False
    if tokens[noun].lower in _MAKERS:
        return (
            trade.lower.endswith("s")
            and not trade.lower.endswith("ss")
            and len(trade.lower) > 3
            and not _a_works_producer(tokens, noun)  # "series producer": a person's job
        )
    return (
        tokens[noun].lower == "house"
        and trade.lower not in _HOUSE_OWNERS
        and trade.lower not in PREPOSITIONS
        and trade.lower not in BEFORE_A_VERB
    )


def after_a_titles_possessive(tokens: list[Token], start: int) -> bool:
    """A name right after a title's possessive is the office's thing, not a person: "Editor's
    Note", "the Speaker's Lobby", "the Chancellor's Budget" (a person's people take a word
    between: "the President's wife Michelle")."""
    if start == 0:
        return False
    before = tokens[start - 1]
    return before.possessive and before.is_cap and before.is_head


def after_a_persons_possessive(tokens: list[Token], start: int, end: int) -> bool:
    """A full name right after the possessive of a full name that opens with a given name and is
    no body's, the name not speaking: what that person made, a work or a character ("Leonardo da
    Vinci's Mona Lisa draws 20,000 visitors a day", "Roald Dahl's Willy Wonka"; not "Chelsea's
    Cole Palmer", a body's, nor "The History Boys' Samuel Barnett", a work's, nor "John Lewis's
    Sharon White said")."""
    if start < 3 or end - start < 2 or not tokens[start - 1].possessive:
        return False
    if end < len(tokens) and (tokens[end].lower in SPEECH_VERBS or tokens[end].text == ","):
        return False
    k = start - 1
    while k > 0 and (tokens[k - 1].is_cap or tokens[k - 1].lower in NAME_PARTICLES):
        k -= 1
    owner = [t.text for t in tokens[k:start]]
    return len(owner) > 1 and name_nature(" ".join(owner)) == "person"


# Words that give a name after a noun: "a program called", "a film titled".
_CALLED: Final = words_set("called named titled entitled dubbed")

# Nouns for what is made up, written right before its name: "the character Bridget Jones".
_FICTION: Final = words_set("character characters superhero puppet creation ego production")
# ("alter ego Ali G", "the Cameron Mackintosh production Mary Poppins")

# A work's success before its name, after the kind of hit it is: "West End hit Mary Poppins" (not
# "Blair hit Brown": a name before "hit" is its subject).
_HITS: Final = words_set("hit hits smash")
_HIT_KINDS: Final = words_set(
    """end broadway office box-office smash surprise cult chart comedy sleeper summer stage tv
    cinema"""
)

# Who is in the running for an award, before its name: "best film nominee Vera Drake".
_NOMINEES: Final = words_set(
    "nominee nominees winner winners contender contenders favourite favorite"
)

# The categories only a work wins: "best film", "best new musical" (a singer wins "best album").
WORKS_CATEGORIES: Final = words_set(
    "film films movie musical play documentary drama comedy sitcom programme series picture"
)


def _a_works_category(tokens: list[Token], noun: int) -> bool:
    """ "best", maybe a word or two, and a work's category right before `noun`: "best film
    nominee", "best new musical winner"."""
    if noun < 2 or tokens[noun - 1].lower not in WORKS_CATEGORIES:
        return False
    return any(t.lower == "best" for t in tokens[max(0, noun - 4) : noun - 1])


# Animals news names like people, and robots: "the filly Lisa Ann", "the gelding Best Mate",
# "the giant panda Chi Chi", "a robot called Sophia".
_ANIMALS: Final = words_set(
    """horse filly colt mare gelding stallion greyhound racehorse panda gorilla chimpanzee
    orangutan elephant giraffe penguin dolphin sheep robot"""
)

# Titles a team or a firm takes, in the plural before its name: "champions Leicester Tigers".
_TEAM_TITLES: Final = words_set("champion holder leader winner finalist opponent host visitor side")


def after_a_plural_title(tokens: list[Token], start: int, end: int) -> bool:
    """A name after a title in the plural that teams take is a team's, unless it opens a list
    ("holders Bradford Bulls", "champions Leeds Rhinos"; not "winners Tom Smith and Jane Doe")."""
    if start == 0 or (end < len(tokens) and tokens[end].lower in {"and", "or", "&", ",", "("}):
        return False
    before = tokens[start - 1]
    low = before.lower
    if before.is_cap or before.possessive or not low.endswith("s"):
        return False
    return low[:-1] in _TEAM_TITLES
