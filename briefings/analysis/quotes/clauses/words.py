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


def adverb_opening(toks: list[str], j: int, end: int) -> bool:
    """ "Recently, Herman Cain …", "Separately, Trump said": a capitalised adverb and its comma
    opening the sentence, not a surname ("Kelly, a spokeswoman, said")."""
    word = toks[j]
    after = toks[end + 1] if end + 1 < len(toks) else ""
    return (
        end == j + 1
        and word.lower().endswith("ly")
        and toks[end : end + 1] == [","]
        and (is_cap(after) or after.lower() in PRONOUNS)
    )


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
