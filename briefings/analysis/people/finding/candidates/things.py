"""Names that are a thing's: a work's title, a thing named after a royal, a place's last word."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from briefings.analysis.common.given_names.first_names import is_given_name
from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.library_lists.zipf import english_zipf
from briefings.analysis.common.names import ORG_SUFFIXES, PLACE_SUFFIXES
from briefings.analysis.people.finding.candidates.credits import STARS, a_works_titled_name
from briefings.analysis.people.finding.candidates.jobs import (
    a_job_word,
    after_a_bodys_noun_or_its_plural,
)
from briefings.analysis.people.finding.candidates.own_pronouns import (
    a_persons_own_pronoun,
    an_apposition_that_speaks,
    who_after,
)
from briefings.analysis.people.own_words.nature import (
    common_surname,
    is_common_word,
    is_region_word,
    known_name_word,
)
from briefings.analysis.people.roles.roles import speech_next_to
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.clauses import (
    first_pronoun_its,
    opens_a_clause,
    said_as_someone,
    said_as_someone_past_an_apposition,
)
from briefings.analysis.people.things.firms.heads_and_rivals import headed_as_a_body
from briefings.analysis.people.things.horses_and_ships.ships_and_storms import after_a_ships_noun
from briefings.analysis.people.things.horses_and_ships.winning_distances import (
    beaten_by_a_distance,
    won_by_a_distance,
)
from briefings.analysis.people.things.introduced import (
    after_a_plural_title,
    after_a_titles_possessive,
    before_a_publications_noun,
    fictional_before,
    introduced_as_a_thing,
)
from briefings.analysis.people.things.places import headed_for
from briefings.analysis.people.things.standing import credited_as_a_work
from briefings.analysis.people.things.works.characters import a_character, a_titled_work
from briefings.analysis.people.things.works.parts import a_creation, a_part_named, told_a_work
from briefings.analysis.speech.name_shapes import first_name_like, is_title_word


def a_bodys_person(tokens: list[Token], start: int) -> bool:
    """A body's possessive right before a name: "Apple's Steve Jobs" (not "Mike Leigh's Vera
    Drake", a person's work)."""
    if start == 0 or not (tokens[start - 1].possessive and tokens[start - 1].is_cap):
        return False
    k = start - 1
    while k > 0 and tokens[k - 1].is_cap and tokens[k - 1].is_word:
        k -= 1
    words = [t.text for t in tokens[k:start]]
    return kind_by_lists(" ".join(words), [w.lower() for w in words]) == "organisation"


_ROYALS: Final = frozenset({"king", "queen", "prince", "princess"})


def a_surname_like_a_things(
    tokens: list[Token], start: int, end: int, role: list[Token] | None
) -> bool:
    """A given name and a surname that also ends the name of a law, a day or an event ("Law",
    "Day", "Bill"), marked a person by a role, a verb of saying or an actor's billing: "Jude Law
    said", "actress Doris Day", "The film stars Jude Law" (not "Victoria Day", "Martial Law")."""
    return (
        end - start == 2
        and is_given_name(tokens[start].text)
        and known_name_word(tokens[start + 1].text)
        and (
            bool(role)
            or speech_next_to(tokens, start, end)
            or (start > 0 and tokens[start - 1].lower in STARS)
        )
    )


# The bodies a region has, after its name: "Kent Police", "Bradford Council".
_A_REGIONS_BODIES: Final = frozenset({"police", "council"})


def a_persons_name_like_a_place(
    tokens: list[Token], i: int, start: int, j: int, alias: str | None
) -> bool:
    """A given name and a surname that ends a place's or a body's name too ("Hall", "Church",
    "Park"), after a courtesy title, a person's title or a doer's word or before "said":
    "Professor Wendy Hall", "Dr Tom Church", "creator Nick Park", "Nick Park said", "Charlotte
    Church has released her first album", "Lee Hall, who wrote the book," (not "Queen Elizabeth
    Hall", a venue, nor "Hyde Park", nor "William Hill said its", a bookmaker)."""
    if j - start != 2 or not first_name_like(tokens[start].text):
        return False
    if start > i and tokens[start - 1].lower == "royal":
        return False  # "The Royal Albert Hall said": a venue's, as no one is titled "Royal"
    if not is_given_name(tokens[start].text):
        # a given name that is a place's too ("Charlotte") with a person's own "her"
        return start == i and a_persons_own_pronoun(tokens, start, j)
    last = tokens[start + 1]
    if last.lower not in PLACE_SUFFIXES and last.lower not in ORG_SUFFIXES:
        return False
    if last.lower in _A_REGIONS_BODIES and is_region_word(tokens[start].text):
        return False  # "Kent Police said", "Bradford Council said": the police or the council
    if not (common_surname(last.text) or is_given_name(last.text)):
        return False  # a surname too rare to outweigh the word: "Alba Party said", "City"
    if _a_plural_bodys_word(last.lower):
        return False  # a body's word in the plural is no one's surname: "Sky Sports said"
    if alias or (
        j < len(tokens)
        and tokens[j].lower in {"said", "says"}
        and not first_pronoun_its(tokens, j)  # "William Hill said its profits", a bookmaker
        and (not after_a_bodys_noun_or_its_plural(tokens, start, j) or said_as_someone(tokens, j))
        # "the bookmaker William Hill said it had": the noun's body, unless "said he"
    ):
        return True
    if an_apposition_that_speaks(tokens, start, j):
        return True  # "ITV's head of drama, Polly Hill, said"
    if start == i and who_after(tokens, start, j):
        return True  # "Lee Hall, who wrote the book, said": "who" is said of a person alone
    if start == i and said_as_someone_past_an_apposition(tokens, j):
        return True  # "Frances Hall, a solicitor at the firm, said she"
    if start == i and start > 0 and not tokens[start - 1].is_cap and a_job_word(tokens[start - 1]):
        return True  # a doer's word before the name: "Wallace and Gromit creator Nick Park"
    if start == i and a_persons_own_pronoun(tokens, start, j):
        return True  # "Charlotte Church has released her first album"
    title = tokens[start - 1] if start > i else None
    return (
        title is not None
        and is_title_word(title.text)
        and title.lower not in _ROYALS
        and title.lower != "royal"
    )


def _a_plural_bodys_word(low: str) -> bool:
    """A body's last word that is the plural of an English word: "sports", "stores", "records"
    (not "Sachs", "Press", surnames too)."""
    return (
        low in ORG_SUFFIXES
        and low.endswith("s")
        and not low.endswith("ss")
        and english_zipf(low[:-1]) >= 3.0
    )


def named_after_a_royal(role: list[Token] | None, words: Sequence[str]) -> bool:
    """A royal title, a given name and a common English word that is no given name: a royal is
    named by title and given names alone ("King Juan Carlos", "Prince Harry"), so the word is a
    thing's ("King James Bible", "Queen Elizabeth Hospital")."""
    return (
        bool(role)
        and role[-1].lower in _ROYALS  # type: ignore[index]
        and len(words) > 1
        and is_given_name(words[0])
        and words[-1][1:].islower()  # a word, no regnal number: "King Charles I", "George VI"
        and is_common_word(words[-1])
        and not is_given_name(words[-1])
    )


def a_royals_race(role: list[Token] | None, words: Sequence[str]) -> bool:
    """A royal's title before common English words the first of which is no given name: a race,
    a cup or a building named after a royal ("Queen Mother Champion Chase", "King George Gold
    Cup"), as a royal is named by given names ("Queen Mother Elizabeth")."""
    return (
        bool(role)
        and any(t.lower in _ROYALS for t in role)  # type: ignore[union-attr]
        and len(words) > 1
        and not is_given_name(words[0])
        and all(w[1:].islower() and is_common_word(w) for w in words)
    )


def the_royals_name(tokens: list[Token], start: int, end: int) -> bool:
    """ "the", a royal's title and one name: a race, a ship or a pub named after a royal ("won
    the King George at Kempton", "sailed on the Queen Mary"), as British copy writes a royal
    with no article ("King George", "the late King George")."""
    return (
        end - start == 1
        and start >= 2
        and tokens[start - 1].lower in _ROYALS
        and tokens[start - 2].lower == "the"
    )


def a_royal_numbered(role: list[Token] | None, tokens: list[Token], end: int) -> bool:
    """A royal title and a name with an Arabic numeral after it: a ship or a thing named after a
    royal ("Queen Mary 2"), as a royal's number is a Roman one ("George VI")."""
    return (
        bool(role)
        and role[-1].lower in _ROYALS  # type: ignore[index]
        and end < len(tokens)
        and tokens[end].text.isdigit()
    )


def a_royal_in_a_title(role: list[Token] | None) -> bool:
    """A royal title after "of" and the words of a title before it: a work's ("The Madness of
    King George"), as a royal's office names its realm after the title ("King of Spain")."""
    return (
        bool(role)
        and len(role) > 2  # type: ignore[arg-type]
        and role[-1].lower in _ROYALS  # type: ignore[index]
        and role[-2].lower == "of"  # type: ignore[index]
        and role[0].is_cap  # type: ignore[index]
        and not role[0].is_head  # type: ignore[index]
    )


def a_thing(tokens: list[Token], run_start: int, start: int, end: int) -> bool:
    """A name introduced as a work, a fiction, or one of several things a title names; a name
    (with the title before it from `run_start`) that is a character of a story or a ship's; a
    body whose chief executive or owner is named; a horse that won by lengths; a place or an
    event headed for."""
    return (
        introduced_as_a_thing(tokens, start)
        or a_works_titled_name(tokens, run_start, start)
        or a_character(tokens, run_start, end)
        or a_titled_work(tokens, run_start, start, end)
        or fictional_before(tokens, start)
        or after_a_plural_title(tokens, start, end)
        or after_a_titles_possessive(tokens, start)
        or before_a_publications_noun(tokens, end)
        or headed_as_a_body(tokens, start, end)
        or credited_as_a_work(tokens, end)
        or a_part_named(tokens, run_start, start)
        or a_creation(tokens, run_start)
        or (opens_a_clause(tokens, run_start) and told_a_work(tokens, end))
        or won_by_a_distance(tokens, run_start, end)
        or beaten_by_a_distance(tokens, run_start, end)
        or after_a_ships_noun(tokens, run_start)
        or headed_for(tokens, run_start)
    )


def after_a_titles_the(tokens: list[Token], start: int) -> bool:
    """A name right after "The" in capitals inside a sentence: the words of a title ("author of
    The Age of Oversupply", "the writer of The Da Vinci Code"), as a person's name takes no
    article."""
    return (
        start > 1
        and tokens[start - 1].text == "The"
        and any(t.is_word for t in tokens[: start - 1])
        and tokens[start - 2].text not in _OPENING_MARKS
    )


# Marks after which a capital opens a sentence or a title quoted: "“The Age", ": The".
_OPENING_MARKS: Final = frozenset({"“", '"', "‘", "'", ":", "(", "—", "–", "-"})


def after_the(tokens: list[Token], start: int) -> bool:
    """Right after "the" in lower case: "the Times said"."""
    return start > 0 and tokens[start - 1].text == "the"
