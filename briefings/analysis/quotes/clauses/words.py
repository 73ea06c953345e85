"""Word lists and word tests shared by the readers of reporting clauses and subjects."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.speech.cues import CUES
from briefings.analysis.speech.tokens import is_cap
from briefings.analysis.speech.words import IRREGULAR, PRONOUNS, ROLE_NOUNS

PREPOSITIONS: Final = words_set(
    "to of for with by at from on against about in into over than like toward towards"
)


DETERMINERS: Final = words_set("the a an one another this his her their its")


STOP_NP: Final = words_set(
    "of who whom which whose at in from on during to as after before while with when because"
)


AUX: Final = words_set("has had have is was will would may might can could did does says said told")


OPENERS: Final = words_set(
    """in on at after before during speaking asked last earlier later when while since as in
    with without despite like unlike for from under over by according per then now still however"""
)


CONJUNCTIONS: Final = words_set("but and so yet still meanwhile however instead also")


def past_conjunctions(toks: list[str], at: int = 0) -> int:
    """Past the conjunctions opening a sentence at `at` ("But", "And so"): where its subject may
    start."""
    while at < len(toks) and toks[at].lower() in CONJUNCTIONS:
        at += 1
    return at


# "As Amar put it, “…”", "“…,” Trump shot back", "“…,” Ray went on"
_PHRASE_CUES: Final = {
    "put": "it",
    "pointed": "out",
    "shot": "back",
    "fired": "back",
    "hit": "back",
    "went": "on",
    "goes": "on",  # round 51: "The letter goes on: “…”"
    "chimed": "in",
}


def phrase_cue(toks: list[str], i: int) -> bool:
    follow = _PHRASE_CUES.get(toks[i])
    return follow is not None and toks[i + 1 : i + 2] == [follow]


CLAUSE_OPENS: Final = words_set("that when and but as so while after")


def role_word(tok: str) -> bool:
    """A lower-case word for what someone does: "consultant", "pollster", "lawyer"."""
    low = tok.lower()
    if low in PREPOSITIONS or low in OPENERS or low in STOP_NP:
        return False
    return tok.islower() and (
        low in ROLE_NOUNS or (len(low) > 4 and low.endswith(("ist", "er", "or", "ant", "ent")))
    )


# round 46: a place or a time standing alone before its comma: "Outside, a poll worker …, said"
_PLACE_ADVERBS: Final = words_set(
    """outside inside nearby afterward afterwards later earlier elsewhere overseas abroad
    downstairs upstairs downtown indoors outdoors tonight today yesterday"""
)


def adverb_opening(toks: list[str], j: int, end: int) -> bool:
    """ "Recently, Herman Cain …", "Separately, Trump said", "Outside, a poll worker …": a
    capitalised adverb and its comma opening the sentence, not a surname ("Kelly, a spokeswoman,
    said")."""
    word = toks[j]
    after = toks[end + 1] if end + 1 < len(toks) else ""
    if end == j + 1 and word.lower() in _PLACE_ADVERBS and toks[end : end + 1] == [","]:
        return True
    return (
        end == j + 1
        and word.lower().endswith("ly")
        and toks[end : end + 1] == [","]
        and (is_cap(after) or after.lower() in PRONOUNS)
    )


_PLACE_PREPOSITIONS: Final = words_set("in at across outside inside near")
_ROOMS: Final = words_set("outside inside")  # "Outside the hall,": a place with "the"
_MONTH_WORDS: Final = words_set(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec"""
)
_PLACE_REACH: Final = 7  # tokens from the sentence's start to the comma closing its place


_NOT_SITES: Final = words_set(
    """time same end moment start beginning outset meantime meanwhile past future least most
    very first last height core heart center centre wake face midst least"""
)


def _a_site(words: list[str]) -> bool:
    """ "spring", "state capitol", "union hall": one or two lower-case nouns a thing happens at,
    not a time or a manner ("the time", "the same time", "the end")."""
    return (
        0 < len(words) <= 2
        and all(w.isalpha() and w.islower() for w in words)
        and (words[0] not in _NOT_SITES)
    )


def _a_place(words: list[str], opener: str) -> bool:
    """ "In Frankfort", "At Harvard", "Outside the hall", "Back at the hearing": the words after
    an opening preposition name a place (capitalised, not a month or a year)."""
    if opener == "back":  # "Back at the hearing,", "Back in Washington,"
        return bool(words) and words[0].lower() in _PLACE_PREPOSITIONS
    if words[:1] == ["the"] and (opener in _ROOMS or _a_site(words[1:])):
        return True  # "Outside the hall,", "At the spring,"
    return bool(words) and all(
        is_cap(w) and w.isalpha() and w.lower() not in _MONTH_WORDS for w in words
    )


def place_phrase_end(toks: list[str]) -> int:
    """ "In Frankfort, state Sen. Carla Whitt said …", "Back at the hearing, Esh's wife …",
    "Outside, a poll worker …": where the sentence goes on after the place opening it and its
    comma, which name no subject; 0 when it opens otherwise."""
    if not toks:
        return 0
    opener = toks[0].lower()
    if opener not in _PLACE_PREPOSITIONS and opener != "back" and opener not in _PLACE_ADVERBS:
        return 0
    comma = next((k for k in range(1, min(len(toks), _PLACE_REACH + 1)) if toks[k] == ","), 0)
    if not comma or comma + 1 >= len(toks):
        return 0
    if toks[comma + 1].lower() in CLAUSE_OPENS or toks[comma + 1].lower() in OPENERS:
        return 0  # "In June, after Clinton …": another opening phrase follows
    if comma == 1:
        return 2 if opener in _PLACE_ADVERBS else 0
    return comma + 1 if _a_place(toks[1:comma], opener) else 0


_NEGATED: Final = re.compile(r"[a-z]+n[’']t")  # "wasn’t", "didn’t"


_NOT_VERBS: Final = words_set(
    "this his its hers ours yours theirs thus plus perhaps unless whereas boss"
)  # "boss": a person ("Their former boss, Mark Tilden, has …"), seldom a verb


def verb_like(tok: str) -> bool:
    low = tok.lower()
    if _NEGATED.fullmatch(tok):
        return True
    return (
        tok.islower()
        and low not in PREPOSITIONS
        and low not in _NOT_VERBS
        and (low in CUES or low in AUX or low in IRREGULAR or low.endswith(("ed", "s")))
    )
