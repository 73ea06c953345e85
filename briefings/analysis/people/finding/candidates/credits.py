"""What only a person is credited with: "played by Dev Patel", "starred Hugh Grant"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.given_names.first_names import is_given_name
from briefings.analysis.common.names import WORK_NOUNS, words_set
from briefings.analysis.people.finding.candidates.own_pronouns import a_persons_own_pronoun
from briefings.analysis.people.roles.tokens import Token

# Verbs whose object is an actor: "The film stars Jude Law", "starring Doris Day".
STARS: Final = words_set("stars starring starred co-stars co-starring")


# An actor's verbs after "who": "who plays the Doctor", "who voiced Peppa".
_ACTORS_VERBS: Final = words_set("plays played voices voiced portrays portrayed")

# The modals and copulas before an actor's "return as" or "star as": "would return as".
_BEFORE_PLAYING: Final = words_set("will would is was to")


def an_actors_clause(tokens: list[Token], end: int) -> bool:
    """A name that an actor's clause follows: ", who plays" or ", who voiced" ("Ncuti Gatwa, who
    played the Doctor,"), or a modal and "return as" or "star as" ("Varada Sethu would return
    as Belinda Chandra"): a person's, as no horse or firm acts a part (not "Jethro Tull are to
    play a farewell tour", a band's)."""
    if end + 2 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower == "who":
        return tokens[end + 2].lower in _ACTORS_VERBS
    k = end
    while k < len(tokens) and k - end < 3 and tokens[k].lower in _BEFORE_PLAYING:
        k += 1
    if k == end or k + 1 >= len(tokens):
        return False
    return tokens[k].lower in {"return", "star"} and tokens[k + 1].lower == "as"


# What a person does to a part or a work, or to a horse or a player, before "by" and their name:
# "played by Dev Patel", "trained by Martin Pipe" (not "owned by", "published by", "managed
# by": a firm's acts too).
_CREDITS: Final = words_set(
    "played voiced portrayed directed written presented hosted narrated trained ridden coached"
)


# An artist's or a writer's works, before "by" and their maker's name: "a painting by LS Lowry",
# "the books by PL Travers" (not songs or albums, which bands make).
_MADE_BY_SOMEONE: Final = words_set(
    """painting paintings portrait portraits sculpture sculptures drawing drawings watercolour
    watercolours novel novels poem poems book books"""
)


def credited_by(tokens: list[Token], start: int) -> bool:
    """A name after "by" and a verb of acting, directing, writing or presenting, or an artist's
    or a writer's work ("a painting by LS Lowry"): a person."""
    return (
        start > 1
        and tokens[start - 1].lower == "by"
        and (tokens[start - 2].lower in _CREDITS or tokens[start - 2].lower in _MADE_BY_SOMEONE)
    )


def founded_by(tokens: list[Token], start: int) -> bool:
    """A name after "founded by" or "co-founded by": its founder's ("was founded by Eben Upton as a
    charity"); asked only of a full name that no list makes a body's or a person's."""
    return (
        start > 1
        and tokens[start - 1].lower == "by"
        and tokens[start - 2].lower in {"founded", "co-founded"}
    )


def a_works_maker(tokens: list[Token], start: int) -> bool:
    """A name after a work's noun and "by", whose ", which" is said of the work ("the play by
    Agatha Christie, which opened in 1952"): the maker, no firm."""
    return start > 1 and tokens[start - 1].lower == "by" and tokens[start - 2].lower in WORK_NOUNS


def a_credited_given_name(tokens: list[Token], start: int, j: int) -> bool:
    """A known given name and one more word, a place's too, after a verb of writing or acting and
    "by" (`credited_by`), or opening a sentence whose verb has "his" or "her" for its own
    (`a_persons_own_pronoun`): a person's ("written by Tony Jordan", "played by Jack London",
    "John Denver wrote it for his wife")."""
    return (
        j - start == 2
        and is_given_name(tokens[start].text)
        and (credited_by(tokens, start) or a_persons_own_pronoun(tokens, start, j))
    )


def a_titled_works_name(tokens: list[Token], i: int, end: int) -> bool:
    """A name with a courtesy title between an article (or "new", "latest") and a work's noun,
    the name of a work or of the character it is named after: "a new Mr Bean film", "the Mrs
    Brown movie"."""
    return (
        i > 0
        and end < len(tokens)
        and tokens[i - 1].lower in {"a", "an", "the", "new", "latest", "next"}
        and tokens[end].lower in WORK_NOUNS
    )


def billed(tokens: list[Token], start: int, end: int) -> bool:
    """A full name with a known given name that a starring verb takes, first or after "and" past
    another such name: an actor ("The film starred Renee Zellweger and Hugh Grant")."""
    if end - start < 2 or not is_given_name(tokens[start].text) or start == 0:
        return False
    k = before_joined_name(tokens, start)
    if k < start - 1 and (k == start - 2 or not is_given_name(tokens[k + 1].text)):
        return False  # past "and", no name or none with a known given name
    return tokens[k].lower in STARS


def before_joined_name(tokens: list[Token], start: int) -> int:
    """Where the word governing a name at `start` stands: just before it or, when "and" comes
    before it, before the run of capitalised words that "and" joins it to ("starred Renee
    Zellweger and Hugh Grant"); less than `start - 1` exactly when "and" was passed."""
    k = start - 1
    if tokens[k].lower == "and":
        k -= 1
        while k > 0 and tokens[k].is_cap and tokens[k].is_word:
            k -= 1
    return k


# Words before a noun that make it a verb: "to show Mr Smith", "they play Mrs Brown".
_BEFORE_A_VERB: Final = words_set("to will would can could may might must should they we i you")


def a_works_titled_name(tokens: list[Token], run_start: int, start: int) -> bool:
    """A courtesy title and a name right after a noun for a work in lower case: the work's title
    ("The musical Mrs Doubtfire", "the film Mr Holmes"; not "the company Mr Smith founded", a
    body's noun, nor "will play Mrs Brown", a verb)."""
    if run_start == start or run_start == 0 or not tokens[run_start].is_courtesy:
        return False
    before = tokens[run_start - 1]
    return (
        before.lower in WORK_NOUNS
        and before.lower != "model"
        and not before.is_cap
        and not (run_start > 1 and tokens[run_start - 2].lower in _BEFORE_A_VERB)
    )
