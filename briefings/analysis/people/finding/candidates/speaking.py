"""Who speaks beside a name and who is said of: "said Ann Summers was", "Hasbro said Chloe"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.library_lists.zipf import english_zipf
from briefings.analysis.common.names import words_set
from briefings.analysis.people.roles.roles import speech_next_to
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.body_words import BODYS_NOUNS, PREPOSITIONS
from briefings.analysis.people.things.clauses import speaks_of_its_own
from briefings.analysis.people.things.firms.conduct import a_firms_act
from briefings.analysis.people.things.firms.figures import speaks_of_its_figures
from briefings.analysis.people.things.works.parts import tells_a_story
from briefings.analysis.speech.name_shapes import first_name_like


def spoken(tokens: list[Token], start: int, end: int) -> bool:
    """A verb of saying beside a full name that speaks: not a body speaking of its own ("Merrill
    Lynch said its"), nor a name that a body's noun follows, the subject of what was said ("said
    Johnnie Walker sales rose"), nor one after a preposition ("analysts at Merrill Lynch said")."""
    after = tokens[end] if end < len(tokens) else None
    if start > 0 and tokens[start - 1].lower in PREPOSITIONS and not tokens[start - 1].is_cap:
        return False  # "analysts at Merrill Lynch said": who speaks stands before "at"
    if _what_was_said_of(tokens, start, end):
        return False  # "Ms Gold said Ann Summers was …": the speaker stands before "said"
    return (
        speech_next_to(tokens, start, end)
        and not speaks_of_its_own(tokens, end)
        and not speaks_of_its_figures(tokens, end)  # "Ted Baker said pre-tax profits rose"
        and not a_firms_act(tokens, start, end)  # "Laura Ashley announced a fall in profits"
        and not tells_a_story(tokens, end)  # "Billy Elliot tells the story of"
        and not (after is not None and not after.is_cap and after.lower in BODYS_NOUNS)
    )


# Verbs that open a reported clause after its subject: "said Ann Summers was".
_FINITE: Final = words_set("is was has had will would could can may might must should does did")

# Who speaks, written before "said" (a name in capitals, or one of these).
_SUBJECT_PRONOUNS: Final = words_set("he she they it we i")


def _what_was_said_of(tokens: list[Token], start: int, end: int) -> bool:
    """A name between a speaker's "said" and a verb, maybe after an adverb, the subject of what
    was said: "Ms Gold said Ann Summers was a success", "The firm said Bertie Bassett, its
    mascot, would feature", "The buyer said Molton Brown would", "Frasers, controlled by Mike
    Ashley, said Jack Wills would", "Lord Wolfson said Laura Ashley still had", "Ms Berg said
    Ted Baker and Dune were"; not "“…,” said Tom Smith", nor "said Tom Smith, who was"."""
    if start < 2 or end >= len(tokens) or tokens[start - 1].lower not in {"said", "says"}:
        return False
    speaker = tokens[start - 2]
    if speaker.text == ",":  # past an aside: "Frasers, controlled by Mike Ashley, said"
        speaker = tokens[_before_an_aside(tokens, start - 2)]
    if not speaker.is_word:
        return False  # a quotation's mark or comma: "“…,” said Tom Smith"
    k = _past_an_apposition(tokens, end)
    if tokens[k].lower in _STILL_OR_NOW and k + 1 < len(tokens):
        k += 1  # "said Laura Ashley still had"
    if tokens[k].lower == "and" and k + 2 < len(tokens) and tokens[k + 1].is_cap:
        return tokens[k + 2].lower in _PLURAL_FINITE  # two said of together: "and Dune were"
    return tokens[k].lower in _FINITE


# Adverbs between the subject of what was said and its verb: "said Laura Ashley still had".
_STILL_OR_NOW: Final = words_set("still now also already")


def _before_an_aside(tokens: list[Token], comma: int) -> int:
    """The word before an aside set off by commas that closes at tokens[comma] ("Frasers,
    controlled by Mike Ashley, said", "Gordon Brothers, which owns the brand, said"): the
    speaker's last word; `comma` itself when no such aside closes there."""
    for k in range(comma - 2, max(0, comma - 12), -1):
        if tokens[k].text == ",":
            return k - 1 if k > 0 and tokens[k - 1].is_word else comma
        if not tokens[k].is_word and not tokens[k].text.isdigit():
            return comma
    return comma


def a_pairs_last_word(tokens: list[Token], start: int) -> bool:
    """A lone word after "and" and one word in capitals that no name runs into: the last word
    of a name of two joined by "and", a firm's ("Marks and Spencer", "Fortnum and Mason"; not
    "Tom Smith and Jones"), or a double act's, whose full names the article gives."""
    if start < 2 or tokens[start - 1].lower != "and":
        return False
    first = tokens[start - 2]
    return (
        first.is_word
        and first.is_cap
        and not first.possessive
        and (start == 2 or not tokens[start - 3].is_cap)
    )


# How common in English a word is at least to be read as a word, not a coined name: "Police".
_A_WORDS_ZIPF: Final = 3.0


def a_lone_sayer(tokens: list[Token], start: int) -> str | None:
    """Who said what follows "said" at `start`, when it is one word in capitals that opens the
    sentence, a coined name (no known given name, rare in English text), maybe past an aside:
    "Hasbro" of "Hasbro said", "Hasbro, which owns the brand, said" (not "Chelsea said", a
    given name too, nor "Police said", a word, nor "Brighton boss Hurzeler said")."""
    if start < 2:
        return None
    k = start - 2
    if tokens[k].text == ",":
        k = _before_an_aside(tokens, k)
    sayer = tokens[k]
    if (
        sayer.is_word
        and sayer.is_cap
        and english_zipf(sayer.lower) < _A_WORDS_ZIPF
        and not first_name_like(sayer.text)
        and not any(t.is_word for t in tokens[:k])
    ):
        return sayer.text
    return None


def a_subject_said_of(tokens: list[Token], start: int, end: int) -> bool:
    """A name right after "said" or "says" and before a verb, past an apposition or "and" and
    another word in capitals: the subject of what was said, whoever said it ("Chris Dawson, who
    owns The Range, said Wilko would", "said Marks and Spencer had won back shoppers")."""
    if start == 0 or end >= len(tokens) or tokens[start - 1].lower not in {"said", "says"}:
        return False
    k = _past_an_apposition(tokens, end)
    if tokens[k].lower == "and" and k + 2 < len(tokens) and tokens[k + 1].is_cap:
        # "said Marks and Spencer had", "said Claude and ChatGPT were": two said of together
        return tokens[k + 2].lower in _FINITE or tokens[k + 2].lower in _PLURAL_FINITE
    return tokens[k].lower in _FINITE


# The plural verbs that open a reported clause after two subjects: "said Alexa and Siri were".
_PLURAL_FINITE: Final = words_set("were are have")


# Done only to a record, a song, a product or a show, in the passive: "had been streamed", "would
# no longer be sung" (not "sold", "released" or "recalled", which players are too).
_THINGS_PASSIVES: Final = words_set(
    """streamed downloaded remastered reissued discontinued installed upgraded manufactured
    launched priced sung"""
)


# The passives of `_THINGS_PASSIVES` that a thing's name anywhere takes, not a horse's or a
# player's ("was installed as favourite", "is priced at 5-1").
MADE_THINGS_PASSIVES: Final = _THINGS_PASSIVES - words_set("installed priced upgraded")


def a_things_passive(
    tokens: list[Token], end: int, passives: frozenset[str] = _THINGS_PASSIVES
) -> bool:
    """A one-word name after "said", before a passive done only to things ("said Michelle had
    been streamed 1.2 million times"), maybe with a modal or an adverb in lower case between;
    with `passives`, one of those ("since Siri was launched")."""
    for k in range(end, min(len(tokens), end + 5)):
        t = tokens[k]
        if not t.is_word or t.is_cap:
            return False
        if t.lower in passives:
            return k > end and tokens[k - 1].lower in {"been", "be", "was", "is", "were", "are"}
    return False


def _past_an_apposition(tokens: list[Token], end: int) -> int:
    """Past an apposition set off by commas right after a name (", the mascot of its sweets,"):
    where the sentence goes on; `end` when none (or one that does not close) follows."""
    if tokens[end].text != "," or end + 1 >= len(tokens) or not tokens[end + 1].is_word:
        return end
    for k in range(end + 2, min(len(tokens) - 1, end + 12)):
        if tokens[k].text == ",":
            return k + 1
        if not tokens[k].is_word:
            return end
    return end


_RELATIVES: Final = words_set("who which whose whom")


def the_verb_after_a_clause(tokens: list[Token], start: int, end: int) -> bool:
    """A name closing a relative clause set off by commas and, after its comma, a lower-case word
    that opens no description ("Shane Richie, who plays Alfie Moon, won best actor"): the
    sentence's verb, no apposition of the name (not "agents for Fulgencio Batista, the Cuban
    dictator", "chief of staff to Leon Panetta, then the CIA director")."""
    if end + 1 >= len(tokens) or tokens[end].text != ",":
        return False
    after = tokens[end + 1]
    if (
        after.lower == "also"
        and end + 2 < len(tokens)
        and tokens[end + 2].lower in _VERBS_AFTER_ALSO
    ):
        after = tokens[end + 2]  # "Lennie James, who plays Barrington Walker, also won"
    elif after.is_cap or not after.is_word or after.is_head or after.lower in _DESCRIPTION_OPENS:
        return False
    k = start - 1
    while k >= 0 and tokens[k].text != ",":
        if tokens[k].lower in _RELATIVES:
            return k > 0 and tokens[k - 1].text == ","
        k -= 1
    return False


# Verbs of a clause's subject after "also", which then opens no description: "also won best
# actor", "also said" (not "also a director", "also known as").
_VERBS_AFTER_ALSO: Final = words_set(
    """won wins said says told tells took takes made makes became becomes has had was is will
    played plays starred stars appeared appears received receives picked"""
)

# Words that open a description after a name's comma: "the Cuban dictator", "then the director".
_DESCRIPTION_OPENS: Final = words_set("the a an his her their its then former now later once also")
