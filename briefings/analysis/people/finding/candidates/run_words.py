"""A run's own words: a date or a given name, an opening word, a style, letters after a name."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.given_names.first_names import is_given_name
from briefings.analysis.common.given_names.gender import KNIGHTS, PEERS, styles_a_given_name
from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.library_lists.zipf import english_zipf
from briefings.analysis.common.names import CALENDAR, COMMON_WORDS, NAME_PARTICLES, words_set
from briefings.analysis.people.finding.candidates.own_pronouns import who_after
from briefings.analysis.people.finding.cuts import ABBREVIATED_JOBS
from briefings.analysis.people.own_words.nature import (
    in_dictionary,
    is_english_word,
    is_thing_surname,
    is_thing_word,
)
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.body_words import PREPOSITIONS
from briefings.analysis.people.things.clauses import said_as_someone
from briefings.analysis.speech.name_shapes import first_name_like, is_title_word
from briefings.analysis.speech.words import STYLES, name_suffix_letters

# Definite articles of French, Spanish, Italian and German that open a paper's or a place's name.
_FOREIGN_ARTICLES: Final = words_set("le la les el los las il der die das")


def a_foreign_title(name: list[Token]) -> bool:
    """A foreign definite article and two words or more that are no given names: a paper, a
    theatre or a restaurant ("Le Courrier Picard", "La Gazzetta dello Sport"); a surname's
    particle stands after a given name ("Jean-Marie Le Pen")."""
    return (
        len(name) > 2
        and name[0].lower in _FOREIGN_ARTICLES
        and not any(first_name_like(t.text) for t in name[1:] if t.is_cap)
    )


# Times of day that a day's name opens a title with: "Saturday Night Takeaway".
_TIMES_OF_DAY: Final = words_set("night morning evening afternoon lunchtime")


def a_titles_day(tokens: list[Token], i: int, j: int) -> bool:
    """A day's name before a time of day in capitals, opening a title ("Saturday Night
    Takeaway", "Sunday Morning Live"): no date to strip from before a name."""
    return j - i > 1 and tokens[i + 1].is_cap and tokens[i + 1].lower in _TIMES_OF_DAY


# Words before a month that make it a date's: "in June", "last May", "until April".
_BEFORE_A_DATE: Final = words_set("last next early late mid since until till by")


def a_calendar_given_name(tokens: list[Token], i: int, j: int) -> bool:
    """A month's name that is a woman's given name before a surname with her age, her "said
    she" or ", who" ("June Brown, 78, said", "June Brown, who played the character,"; not "In
    June Brown said he", a date and a surname)."""
    return (
        j - i == 2
        and is_given_name(tokens[i].text)
        and (i == 0 or tokens[i - 1].lower not in PREPOSITIONS | _BEFORE_A_DATE)
        and (
            said_as_someone(tokens, j)
            or (tokens[i].lower in CALENDAR and who_after(tokens, i, j))  # a month's only
        )
    )


# The months, the only calendar words that are surnames too ("Theresa May", "Fredric March").
_MONTHS: Final = words_set(
    "january february march april may june july august september october november december"
)


def a_months_surname(tokens: list[Token], i: int, j: int) -> bool:
    """A month's name closing a run right after a courtesy title or a given name that is no common
    word, with no number after it: a surname ("Home Secretary Theresa May", "Mrs May told",
    "Brian May said"; not "by May 5", "Will May", nor "Easter Monday May"), as a date is written
    with its day's number."""
    if j - i < 2 or tokens[j - 1].lower not in _MONTHS:
        return False
    before = tokens[j - 2]
    if j < len(tokens) and tokens[j].text[:1].isdigit():
        return False
    return before.is_courtesy or (
        is_given_name(before.text)
        and before.lower not in COMMON_WORDS
        and before.lower not in CALENDAR
        and not (j - 2 > 0 and tokens[j - 3].text[:1].isdigit())
    )


# Months' short forms that are given names' short forms too: "Ant and Dec", "Jan and Dean".
_SHORT_MONTHS: Final = words_set("jan dec")


def a_months_short_form_in_a_pair(tokens: list[Token], i: int, j: int) -> bool:
    """A month's short form alone, joined by "and" to a lone name in capitals before it, with no
    number beside it: a name of a pair ("Ant and Dec will host"; not "in Nov and Dec 2024", nor
    "Jan and Feb")."""
    return (
        j - i == 1
        and tokens[i].lower in _SHORT_MONTHS
        and i > 1
        and tokens[i - 1].lower == "and"
        and tokens[i - 2].is_cap
        and tokens[i - 2].is_word
        and tokens[i - 2].lower not in CALENDAR
        and (i < 3 or not tokens[i - 3].is_cap)
        and not (j < len(tokens) and tokens[j].text[:1].isdigit())
    )


def letters_after_a_name(tokens: list[Token], i: int, j: int) -> bool:
    """Letters in capitals that nameparser lists after a name, closing a run of a given name and
    a surname: an honour, a degree or an office ("QC", "MP", "MBE"), no part of the name."""
    last = tokens[j - 1]
    while i < j and tokens[i].lower.rstrip(".") in STYLES:
        i += 1  # "Dame Kelly Holmes DBE"
    return (
        j - i > 2
        and last.text.isupper()
        and last.lower in name_suffix_letters()
        and not tokens[j - 2].text.isupper()
        and first_name_like(tokens[i].text)
    )


# The Zipf frequency from which a word opening a sentence is the word, not a name: "Given" 5.4,
# "Following" 5.5, "Little" 5.8 (not "Park" 5.2 of "Park Geun-hye", nor "Brown" 5.0).
_FREQUENT_ZIPF: Final = 5.3


def a_frequent_word(token: Token) -> bool:
    """A word so frequent in English that, capitalised only for opening the sentence before a
    name, it is the word: "Given Obama's rating" (no given name, and in a dictionary)."""
    return (
        token.is_word
        and len(token.text) > 2  # no initial: "C. Boyden Gray"
        and english_zipf(token.lower) >= _FREQUENT_ZIPF
        and not is_given_name(token.text)
        and in_dictionary(token.text)
    )


# Verbs a person's name opens a sentence before, never a modal's subject ("Will Young has", not
# "Will Young score?").
_FINITE_AFTER_A_NAME: Final = words_set("has had is was said says told added")

# Modals a person's name opens a sentence before, in one that asks nothing: "Will Poulter will".
_MODALS_AFTER_A_NAME: Final = words_set("will would")


# Words that open a sentence before a name and are no given name: "To Sexton, who …".
_BEFORE_A_NAME: Final = PREPOSITIONS | words_set("to as like unlike after before than into")


def a_given_name_before_a_verb(tokens: list[Token], i: int, j: int) -> bool:
    """A common word that is a given name too, opening the sentence with a surname and a finite
    verb or ", who" after them: the name's ("Will Young has scored", "Will Smith said", "Dawn
    French, who plays the vicar"; not "Will Young score?", a modal before its subject); or, in a
    sentence that asks nothing, a modal or an apposition opened by "the", "a" or "an" after them
    ("Will Poulter will star", "Will Quince, the former minister, is"), as a question's modal
    has no other."""
    return (
        j - i == 2
        and j + 1 < len(tokens)
        and (
            tokens[j].lower in _FINITE_AFTER_A_NAME
            or (tokens[j].text == "," and tokens[j + 1].lower == "who")
            or (
                (
                    tokens[j].lower in _MODALS_AFTER_A_NAME
                    or (tokens[j].text == "," and tokens[j + 1].lower in {"the", "a", "an"})
                )
                and not any(t.text == "?" for t in tokens[j:])
            )
        )
        and tokens[i].lower not in NAME_PARTICLES  # "De Blasio said": a surname's particle
        and tokens[i].lower not in _BEFORE_A_NAME  # "To Sexton, who …": no one's given name
        and is_given_name(tokens[i].text)
        and not is_thing_surname(tokens[i + 1].text)
    )


def a_given_name_after_a_bodys_possessive(tokens: list[Token], i: int, j: int) -> bool:
    """A common word that is a given name too and a surname that is a common word, after a
    possessive in capitals and before a verb of saying: someone who speaks for a body ("Kroll's
    Will Wright said the chain had", "Ofwat's Will Baker told"; not "Shakespeare's Will", nor a
    song's title, "Dion's My Heart is")."""
    return (
        i > 0
        and j < len(tokens)
        and tokens[j].lower in {"said", "says", "told", "added"}
        and tokens[i - 1].possessive
        and tokens[i - 1].is_cap
        and a_given_name_before_a_verb(tokens, i, j)
    )


def a_given_name_before_a_title(tokens: list[Token], i: int, j: int, at_start: bool) -> bool:
    """Two words opening the sentence, a given name that is no title and a title, before a finite
    verb: a name whose surname is a title's word ("Will King said", "Will Bishop has"), not a
    title and a name ("Prince Harry said", "King Charles has")."""
    return (
        at_start
        and j - i == 2
        and is_title_word(tokens[i + 1].text)
        and not is_title_word(tokens[i].text)
        and a_given_name_before_a_verb(tokens, i, j)
    )


def a_courtesy_title_before_a_word(tokens: list[Token], start: int, end: int) -> bool:
    """One common English word that no library knows as a name, after a courtesy title ("Mr",
    "Miss"; not a peer's "Lady"): a brand's, a show's or a contest's name ("Mr Muscle", "Miss
    Universe"), as no one is called so; after "Miss", which news gives few women, any English
    word no library knows as a name and a dictionary holds ("Miss Saigon"; not "Miss Marple", a
    surname too, nor "Miss Obama", a name the news made common)."""
    if end - start != 1 or start == 0:
        return False
    title = tokens[start - 1 - (tokens[start - 1].text == "." and start > 1)]
    word = tokens[start].text
    return title.is_courtesy and (
        is_thing_word(word)
        or (title.lower == "miss" and is_english_word(word) and in_dictionary(word))
    )


def a_dear_title(tokens: list[Token], i: int, j: int) -> bool:
    """ "Dear" and a name opening a sentence with no comma after it: a title ("Dear Evan Hansen
    is to close"), not a letter's greeting ("Dear Tom, …")."""
    return tokens[i].text == "Dear" and j - i > 1 and (j >= len(tokens) or tokens[j].text != ",")


def keeps(token: Token) -> bool:
    """Sentence-initial words kept although common: titles ("President Biden"), "Mr"."""
    return token.is_head or token.is_courtesy


def a_peer(run: list[Token]) -> bool:
    """A peer's style and a surname ("Lady Bland", "Lord Coe"): named as "Mrs Bland" is, the style
    giving a gender; not a style and a given name ("Lady Diana")."""
    return len(run) == 2 and run[0].lower in PEERS and not is_given_name(run[1].text)


def after_a_knights_style(tokens: list[Token], start: int, end: int) -> bool:
    """A knight's or a dame's style right before a name of two words or more: "Sir Jony Ive",
    "Dame Shirley Bassey", a person's mark as a courtesy title is, whatever the given name (a
    ship's, a pub's or a horse's "Sir" is read before: "RRS Sir David", "the Sir John Oldcastle")."""
    return (
        end - start > 1
        and start > 0
        and tokens[start - 1].lower in KNIGHTS
        and (start == 1 or tokens[start - 2].lower != "the")
    )


def a_knight(run: list[Token]) -> bool:
    """A knight's, a dame's or a peer's daughter's style and a given name: "Sir Cameron", "Dame
    Judi", "Lady Diana" (British style names them so after their full name), a form of the name
    as "Mr Mackintosh" is."""
    return (
        len(run) == 2
        and styles_a_given_name(run[0].lower, run[1].text)
        and is_given_name(run[1].text)
    )


_JOINED_INITIALS: Final = re.compile(r"[A-Z]{2}")


def joined_initials(name: list[Token]) -> bool:
    """Two initials written as one word, then a surname in lower case after its capital: "JK
    Rowling" (not "UK Uncut"'s place, "AG Lynch"'s job, "MP Smith"'s letters, nor "BBC One")."""
    return (
        _JOINED_INITIALS.fullmatch(name[0].text) is not None
        and name[0].text not in ABBREVIATED_JOBS
        and name[0].lower not in name_suffix_letters()
        and name[1].text[1:].islower()
        and name[1].text.isalpha()
        and kind_by_lists(name[0].text, [name[0].lower]) != "place"
    )
