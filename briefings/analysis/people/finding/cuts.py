"""Where a name starts and ends in its run: a title's tail, a describing word, a headline."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.given_names.first_names import in_the_names_dictionary, is_given_name
from briefings.analysis.common.given_names.nicknames import in_the_table
from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.library_lists.zipf import english_zipf
from briefings.analysis.common.names import COMMON_WORDS, DEMONYMS, NATIONALITY_NOUNS, name_key
from briefings.analysis.people.own_words.nature import (
    in_dictionary,
    is_common_word,
    is_plural_thing,
    is_thing_word,
    known_name_word,
    thing_words,
)
from briefings.analysis.people.roles.occupations import (
    AGENT_NOUN,
    SPORTS_OCCUPATIONS,
    an_occupations_noun,
)
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.body_words import BODY_NOUNS
from briefings.analysis.speech.name_shapes import first_name_like, is_title_word

# An acronym that ends a name makes it a body's: "GOP", "PAC" (not a Roman numeral: "John
# Paul II"; not initials inside a name: "George HW Bush").
ACRONYM: Final = re.compile(r"(?![IVX]+\b)[A-Z]{2,}")


def headline_cut(run: list[Token]) -> int:
    """Where a name ends before the words of a headline written in title case: a name of one or
    two words followed only by common words that are no personal names, one of them a word of
    grammar ("Sanders Is Not Done" → 1, "Paul Ryan Says No" → 2); the whole run otherwise
    ("Joseph R. Biden Jr", "Mary Queen of Scots")."""
    for k in (1, 2):
        tail = run[k:]
        if (
            len(tail) >= 2
            and first_name_like(run[0].text) == (k == 2)
            and all(t.is_word and t.is_cap and _headline_word(t) for t in tail)
            and any(t.lower in COMMON_WORDS for t in tail)
        ):
            return k
    return len(run)


def _headline_word(token: Token) -> bool:
    return token.lower in COMMON_WORDS or is_thing_word(token.text)


def title_tail(name: list[Token]) -> int:
    """How many words of a title are left before the name a title split gives: a common word
    that is no personal name or an acronym, before a given name and a surname ("Intelligence
    James Clapper", "AG Vanita Gupta" → 1), or a common word that is a surname too but no given
    name, a rank after the title, before an English given name of the nicknames package's table
    ("Constable Tim Smith" of "Chief Constable Tim Smith" → 1; not "Park Geun Hye", a Korean
    name); none in "Will Smith" or "Rand Paul"."""
    k = 0
    while (
        len(name) - k > 2
        and first_name_like(name[k + 1].text)
        and (
            is_thing_word(name[k].text)
            or ACRONYM.fullmatch(name[k].text)
            or (
                is_common_word(name[k].text)
                and not first_name_like(name[k].text)
                and in_the_table(name[k + 1].text)
            )
        )
    ):
        k += 1
    return k


def after_thing_words(run: list[Token]) -> int | None:
    """Where a given name starts after thing-like words that open a run: "Affairs Phil Smith"
    → 1 (the plural that ends a title: "Secretary of Veterans Affairs", "of Elections"), not
    "Time Warner Cable"."""
    k = 0
    while k < len(run) - 2 and is_thing_word(run[k].text) and run[k].lower.endswith("s"):
        k += 1
    return k if k and first_name_like(run[k].text) else None


# Nouns for a person that end a nickname or a group's member before a name: "Spice Girl", "Iron
# Lady", "Golden Boy".
_PERSONS_NOUNS: Final = frozenset({"girl", "boy", "man", "woman", "lady"})


def after_a_persons_noun(run: list[Token]) -> int | None:
    """Where a name starts after capitalised words ending in a noun for a person, before a given
    name and a surname: "Spice Girl Victoria Beckham" → 2, "Iron Lady Margaret Thatcher" → 2;
    not "Boy George" (no name after it)."""
    for k in range(1, len(run) - 2):
        if run[k].lower in _PERSONS_NOUNS and first_name_like(run[k + 1].text):
            return k + 1
    return None


# Letters in capitals with a plural "s": members of a body or holders of an office ("MPs",
# "MEPs", "MSPs", "QCs"), a kind of people, never a word of one person's name.
_PLURAL_LETTERS: Final = re.compile(r"[A-Z]{2,4}s")


def after_plural_letters(run: list[Token]) -> int | None:
    """Where a name starts after letters in capitals in the plural, before a given name and a
    surname: "Labour MPs Angela Eagle and Maria Eagle" → 2, "Tory MEPs Daniel Hannan" → 2."""
    for k in range(len(run) - 2):
        if _PLURAL_LETTERS.fullmatch(run[k].text) and is_given_name(run[k + 1].text):
            return k + 1
    return None


def after_a_hyphenated_title(run: list[Token]) -> int | None:
    """Where a name starts after a compound of a thing-like word and a person's position, before
    a given name: "Whitbread Prize-winner Andrea Levy" → 2; not "Jane Smith-Baker Jones" nor
    "Mark Lewis-Francis" (names on both sides of the hyphen)."""
    for k in range(len(run) - 3, -1, -1):
        first, _, last = run[k].lower.partition("-")
        # a lower-case position after the hyphen is no name's part whatever comes before it:
        # "Oscar-winner Kevin Spacey", "Bafta-winner"
        after = run[k].text.partition("-")[2]
        if (
            last
            and (is_thing_word(first) or after[:1].islower())
            and AGENT_NOUN.search(last) is not None
            and is_common_word(last)
            and first_name_like(run[k + 1].text)
        ):
            return k + 1
    return None


DESCRIBING_ENDS: Final = (
    *("-based", "-owned", "-listed", "-controlled", "-run", "-backed"),
    *("-style", "-like", "-era", "-esque", "-type"),  # "a Tony Blair-style reform"
    *("-trained", "-ridden"),  # a horse's trainer or jockey: "Paul Nicholls-trained Azertyuiop"
)


# Jobs British news writes in capitals before a name, which nameparser's titles leave out: "DJ
# Jo Whiley", "PC Keith Palmer", "DCI Jane Tennison".
ABBREVIATED_JOBS: Final = frozenset(
    {"DJ", "MC", "PC", "WPC", "DC", "DS", "DI", "DCI", "DSI", "DCS", "MEP", "MSP"}
    | {"AG", "DA", "PM", "GP"}  # also letters a given name's initials could be: "AG Lynch"
)


def described_run(run: list[Token], at_start: bool = False) -> bool:
    """A run opening with a describing word before a first name: a title in nameparser's list
    ("Novelist") or a job in capitals ("DJ"), a people ("American", "Dutchman") or a common word that is no given name
    ("Trainer Martin Pipe", "Welshman Shane Williams")."""
    first = run[0].text
    if (
        is_title_word(first) or _a_peoples_word(first) or first in ABBREVIATED_JOBS
    ) and first_name_like(run[1].text):
        return True
    if len(run) == 3 and _a_peoples_word(first) and foreign_words(run[1:]):
        return True  # a people's word before a name in no dictionary: "Ethiopian Kenenisa Bekele"
    if len(run) > 2 and name_key(first) in NATIONALITY_NOUNS and is_given_name(run[1].text):
        return (
            True  # a nationality that is a given name too: "Scot Liz McColgan" (not "Finn Russell")
        )
    return a_describing_word(run, at_start)


def foreign_words(words: list[Token]) -> bool:
    """Capitalised words that no English dictionary holds nor any list of places or bodies:
    "Kenenisa Bekele" (not "Airlines Group", "Red Sea")."""
    texts = [t.text for t in words]
    return (
        all(t.is_word and t.text.isalpha() and not is_common_word(t.text.lower()) for t in words)
        and not thing_words(texts)
        and not kind_by_lists(" ".join(texts), [w.lower() for w in texts])
    )


# Words for someone of the same nation as someone named: "compatriot Kenenisa Bekele".
_COMPATRIOTS: Final = frozenset({"compatriot", "countryman", "countrywoman", "fellow-countryman"})


def a_nationals_name(tokens: list[Token], start: int, end: int) -> bool:
    """Two words in no dictionary after a people's word or "compatriot", as sports news names a
    foreign athlete: "Ethiopian Kenenisa Bekele", "another Ethiopian, Berhane Adera", "compatriot
    Kenenisa Bekele" (not "Ethiopian Airlines": a thing's word; nor "France's Pernod Ricard": a
    country's possessive comes before bodies too)."""
    if end - start != 2 or start == 0 or not foreign_words(tokens[start:end]):
        return False
    before = tokens[start - 1]
    if before.text == "," and start > 1:
        before = tokens[start - 2]
    return (before.is_cap and _a_peoples_word(before.text)) or before.lower in _COMPATRIOTS


def _a_peoples_word(word: str) -> bool:
    """A people's adjective or noun: "American", "Dutchman", "Irishwoman", "Briton" (not one that
    is a given name too: "Dane Bowers"), or someone from a place: "Londoner"."""
    key = name_key(word)
    if key in DEMONYMS or key.removesuffix("man").removesuffix("wo") in DEMONYMS:
        return True
    if key in NATIONALITY_NOUNS:
        return not is_given_name(word)
    return key.endswith("er") and kind_by_lists(word[:-2], [key[:-2]]) == "place"


def after_a_hyphenated_word(run: list[Token]) -> bool:
    """A compound whose last part is a lower-case common word, before a given name and a
    surname: "Bafta-nominated Imelda Staunton", "Multi-millionaire Richard Desmond" (a name's
    hyphenated parts are capitalised: "Lewis-Francis")."""
    if len(run) < 3 or not all(t.is_word for t in run) or not is_given_name(run[1].text):
        return False
    head, _, last = run[0].text.rpartition("-")
    rest = [t.text for t in run[1:]]
    return (
        bool(head)
        and last.isalpha()
        and last.islower()
        and is_common_word(last)
        and not thing_words(rest)
        and not is_plural_thing(rest[-1])
    )


def two_words_of_a_people(run: list[Token]) -> bool:
    """Two words naming a people before a given name and a surname: "South African Ernie Els",
    "Northern Irishman Darren Clarke" (a compass or a common word, then a people's noun)."""
    if len(run) < 4 or not all(t.is_word for t in run[:3]) or not is_given_name(run[2].text):
        return False
    rest = [t.text for t in run[2:]]
    return (
        _a_peoples_word(run[1].text)
        and is_common_word(run[0].text)
        and not first_name_like(run[0].text)
        and not thing_words(rest)
        and not is_plural_thing(rest[-1])
    )


def a_describing_word(run: list[Token], at_start: bool) -> bool:
    """Three words or more whose first is a common English word or a compound of them, or a
    people's noun, that is no given name, before a given name and a person's name: "Veteran
    Teddy Sheringham", "Team-mate Frank Lampard", "Welshman Shane Williams", "Kentuckian Rand
    Paul"; a word that is a surname too only where it opens the sentence ("Trainer Martin
    Pipe", "Skipper Michael Vaughan"), there also before a given name in no dictionary
    ("Organiser Ged Doherty") and, after a trade's job, before one that is a place's name too
    ("Caddie Austin Kaiser"). Not "Merrick B. Garland" (an initial second), "Time
    Warner Cable" or "New York Communities" (a thing's words after), "Boston Red Sox" (a
    place first), "President Park Geun Hye" (a surname after a title)."""
    if len(run) < 3 or not all(t.is_word for t in run):
        return False
    first = run[0].text
    if not (
        is_given_name(run[1].text)
        or (at_start and (_a_given_name_unknown(run) or _a_trade_before_a_place_name(run)))
    ):
        return False
    if first_name_like(first) or is_given_name(first) or not first.replace("-", "").isalpha():
        return False
    rest = [t.text for t in run[1:]]
    if thing_words(rest) or is_plural_thing(rest[-1]) or kind_by_lists(first, [first.lower()]):
        return False
    if known_name_word(first) and not at_start:
        return False
    low = first.lower()
    if low.endswith(_PEOPLES_ENDS):
        return True  # a people's noun: "Welshman", "Kentuckian" (not "Freeman", a surname)
    # a common noun for someone: "Veteran", "Team-mate" (not "Time Warner", "Echoing Hope")
    last = low.rsplit("-", 1)[-1]
    if last in TRADE_JOBS or last in SPORTS_OCCUPATIONS:
        return True  # a job rare in English at large: "Showrunner Sally Wainwright"
    return all(english_zipf(part) >= _DESCRIBING_ZIPF for part in low.split("-")) and (
        AGENT_NOUN.search(last) is not None or last in _SOMEONES
    )


# Verbs of saying right after a speaker's name: "Landlord Sam Ellis said".
_SAYING: Final = frozenset({"said", "says", "told", "added"})


def a_word_before_a_speaker(tokens: list[Token], i: int, j: int) -> bool:
    """Three words opening the sentence right before a verb of saying: a dictionary's word in the
    singular that is no given name nor a body's, then a given name and a surname, someone that
    word describes ("Landlord Sam Ellis said", "Coxswain Mark Taylor told"; not "Apple Tom Smith",
    nor "Chelsea Jane Smith", a given name first)."""
    if j - i != 3 or j >= len(tokens) or tokens[j].lower not in _SAYING:
        return False
    first = tokens[i]
    return (
        first.text.isalpha()
        and not first.lower.endswith("s")
        and in_dictionary(first.text)
        and not is_given_name(first.text)
        and not first_name_like(first.text)
        and first.lower not in BODY_NOUNS
        and kind_by_lists(first.text, [first.lower]) is None
        and is_given_name(tokens[i + 1].text)
        and not thing_words([t.text for t in tokens[i + 1 : j]])
    )


def a_plural_bodys_noun(run: list[Token]) -> bool:
    """A body's noun in the plural opening a run of three words or more, the kind of the names
    listed after it: "Housebuilders Taylor Woodrow and George Wimpey", "Bookmakers William Hill"
    (no name's first word is a plural of a body's noun)."""
    low = run[0].lower
    return (
        len(run) > 2
        and run[0].text.isalpha()
        and low.endswith("s")
        and low[:-1] in BODY_NOUNS
        and not run[0].possessive
    )


def a_plural_occupations_noun(run: list[Token]) -> bool:
    """An occupation's noun in the plural opening a run of three words or more, before a given
    name: the kind of the people listed after it, "Presenters Ant McPartlin and Declan Donnelly",
    "Actresses Judi Dench and Maggie Smith" (a plural is no part of one person's name)."""
    first = run[0]
    low = first.lower
    if len(run) < 3 or first.possessive or not first.text.isalpha() or not low.endswith("s"):
        return False
    singular = low[:-2] if low.endswith("sses") else low[:-1]  # "actresses", "presenters"
    return (
        an_occupations_noun(singular)
        and singular not in BODY_NOUNS
        and is_given_name(run[1].text)
        and not is_given_name(first.text)
    )


def _a_trade_before_a_place_name(run: list[Token]) -> bool:
    """A trade's or a sport's job before a given name that is a place's name too, and a surname:
    "Caddie Austin Kaiser" (the job says a person follows)."""
    last = run[0].lower.rsplit("-", 1)[-1]
    return (
        len(run) == 3
        and (last in TRADE_JOBS or last in SPORTS_OCCUPATIONS)
        and in_the_names_dictionary(run[1].text)
    )


def _a_given_name_unknown(run: list[Token]) -> bool:
    """A word in no dictionary, after a word that is no body's noun, before a surname: a given
    name the lists lack ("Organiser Ged Doherty"; not "Bookmaker Ladbrokes Coral": a firm's
    kind first)."""
    return (
        len(run) == 3
        and run[0].lower not in BODY_NOUNS
        and run[1].text.isalpha()
        and not is_common_word(run[1].lower)
    )


# How common a word must be to describe, not name: "skipper" 3.5, "texan" 3.2, "youngster" 3.3.
_DESCRIBING_ZIPF: Final = 3.0
_PEOPLES_ENDS: Final = ("man", "woman", "ian", "an")
# Nouns for someone that end as no agent noun does.
_SOMEONES: Final = frozenset({"mate", "rookie", "youngster", "compatriot", "boss", "chief", "star"})
# Jobs a trade's news writes before a name that are too rare in English at large to pass as common
# words, or end as no doer does: "Showrunner Sally Wainwright", "Seamer Gus Atkinson", "Pundit
# Chris Kamara", "Champion Luke Littler".
TRADE_JOBS: Final = frozenset(
    {"showrunner", "seamer", "paceman", "caddie", "debutant", "pundit", "champion"}
    | {"wicketkeeper", "substitute", "forward", "frontman"}
)
