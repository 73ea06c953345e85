"""The subject of a subordinate clause that holds a quotation: "… after Clinton called them “…”"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.clauses.words import verb_like
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.cues import CUES, is_between
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import is_cap, is_possessive

_SUBORDINATORS: Final = words_set(
    "after before because since until when whenever once although though"
)
_PRONOUNS: Final = words_set("he she")
# prepositions that, before "which", open a clause on a post or a speech ("a tweet in which")
_WHICH_OPENERS: Final = words_set("in on")


def _in_which(toks: list[str], c: int) -> bool:
    """Round 59: "a tweet in which the billionaire called climate change “…”" opens a clause like
    a subordinating word: its subject's words, not the main clause's."""
    return toks[c] == "which" and c > 1 and toks[c - 1] in _WHICH_OPENERS and toks[c - 2].isalpha()


def subordinate_subject(toks: list[str], upto: int) -> str | None:
    """The subject of the clause that a subordinating word opens before the quotation at `upto`,
    when a speech verb follows it and no comma comes between ("Trump Jr. blasted Clinton after
    the Democratic nominee described his father's supporters as a “…”"): the words are that
    subject's, not the main clause's. A name or a pronoun as it is written; a description as
    someone not named ("a Democratic nominee"), for it may mean anyone the article has named;
    None when no such clause holds the quotation."""
    for c in range(upto - 2, 0, -1):
        word = toks[c]
        if word in {",", ";", ":", "(", ")"} or mask_id(word) is not None:
            return None
        if word not in _SUBORDINATORS and not _in_which(toks, c):
            continue
        start = c + 1
        end = start + 1 if toks[start] in _PRONOUNS or toks[start] == "the" else start
        while end < upto and toks[start] not in _PRONOUNS and _in_subject(toks[end], end > start):
            if mask_id(toks[end]) is not None or is_possessive(toks[end]):
                return None
            end += 1
        if end == start or not _speech_verb_next(toks, end, upto):
            return None  # "… because Obama signed a “disastrous” bill": whoever calls it so
        phrase = " ".join(toks[start:end])
        if phrase in _PRONOUNS:
            return phrase
        speaker = parse_speaker(phrase)
        if speaker is None or speaker.is_org:
            return None
        if speaker.name and toks[start] != "the":
            return phrase
        if not (speaker.definite and speaker.role):
            return None
        if word == "which":  # "a statement in which the senator said": whom the article ties
            return phrase  # the description to, as a reporting clause's
        return " ".join(["a", *toks[start + 1 : end]])  # "the nominee": someone not named here
    return None


def _in_subject(word: str, after_first: bool) -> bool:
    """A word of a subject: capitalised, or lower case and no verb past its first word ("the
    Democratic nominee")."""
    return is_cap(word) or (
        after_first and word.isalpha() and word.islower() and not verb_like(word)
    )


def _speech_verb_next(toks: list[str], at: int, upto: int) -> bool:
    """A speech verb follows the subject ending at `at`, past auxiliaries and adverbs ("had
    called", "later described"), before the quotation at `upto`."""
    while at < upto and is_between(toks[at]):
        at += 1
    return at < upto and toks[at] in CUES
