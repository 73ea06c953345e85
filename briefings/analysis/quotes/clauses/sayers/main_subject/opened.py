"""The named subject of a sentence the word lists cannot open: after an opening phrase of its own
("A few weeks later, on the steps of the statehouse, Mr. Obama expressed …"), or before a verb in
the progressive ("Bernie Sanders, celebrating a win, is pledging to …")."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.clauses.words import (
    AUX,
    CONJUNCTIONS,
    IRREGULAR,
    PREPOSITIONS,
    verb_like,
)
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.cues import is_between
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import is_cap, is_possessive
from briefings.analysis.speech.words import ROLE_NOUNS

__all__ = ["opened_subject"]

_COMMAS: Final = 3  # commas of an opening phrase at most
_APPOSITIVE: Final = 30  # tokens of an appositive between a subject and its verb at most
_BE: Final = words_set("is was")  # one person: "Japanese are mulling" is a people
# words opening a clause of another subject: "Freddy circled it [as his friends jeered], “…”"
_SUBORDINATE: Final = words_set(
    "when where as while because if although though after before until since once who which"
)
_OPENING_CLAUSE: Final = _SUBORDINATE | words_set("that whether how")


def opened_subject(toks: list[str], upto: int) -> str | None:
    """The person named as the subject of the sentence before `upto`, where the rules of
    `sentence_subject` find none: a name after one of the sentence's first commas with its verb
    right after ("And a few weeks later, on the steps …, Mr. Obama expressed", "Mr. Trump's
    campaign chairman, Paul Manafort, dismissed"), or a name opening the sentence whose verb is
    in the progressive ("Donald Trump is questioning whether …", "Sanders, …, is pledging to");
    None when there is no such name or it names a body."""
    return _progressive(toks, upto) or _after_opening(toks, upto)


# lower-case words of a name's description: "Republican presidential front-runner Donald Trump"
_DESCRIBING: Final = ROLE_NOUNS | words_set("presidential front-runner frontrunner hopeful")


def _run_end(toks: list[str], start: int, upto: int) -> int:
    """Where the run of capitalised words from `start`, with the words of a description among
    them, ends on a capitalised one (`start` when there is none); a possessive ends none."""
    end = last = start
    while end < upto and mask_id(toks[end]) is None:
        if is_cap(toks[end]):
            if is_possessive(toks[end]):
                return start
            last = end + 1
        elif toks[end].lower() not in _DESCRIBING:
            break
        end += 1
    return last


def _person(toks: list[str], start: int, end: int) -> str | None:
    """The name of toks[start:end] when it may be a person's: not a place's or a body's by the
    word lists ("Russia is turning to “rogue” nations"), nor a people's ("Republicans")."""
    phrase = " ".join(toks[start:end])
    speaker = parse_speaker(phrase)
    if not speaker or not speaker.name or speaker.is_org:
        return None
    words = speaker.name.split()
    if kind_by_lists(speaker.name, [w.lower() for w in words]) is not None:
        return None
    return None if len(words) == 1 and words[0].endswith("s") else phrase


def _progressive(toks: list[str], upto: int) -> str | None:
    start = 0
    while start < upto and toks[start].lower() in CONJUNCTIONS:
        start += 1
    end = _run_end(toks, start, upto)
    if end == start:
        return None
    verbs = [end]
    if end < upto and toks[end] == ",":  # "Sanders, celebrating a win in Vermont, is pledging"
        verbs = [j + 1 for j in range(end + 1, min(upto, end + _APPOSITIVE)) if toks[j] == ","]
    for at in verbs:
        while at < upto and is_between(toks[at]) and toks[at].lower() not in _BE:
            at += 1  # "Trump also is …", "Trump now is …"
        if at + 1 < upto and toks[at] in _BE and _present_participle(toks[at + 1]):
            return _person(toks, start, end) if _no_other_clause(toks, at + 1, upto) else None
    return None


def _no_other_clause(toks: list[str], start: int, upto: int) -> bool:
    """No clause of another subject opens between the verb at `start` and the quotation: "John is
    running … [when the party meets] … “at-large”" is not John's."""
    opened = False
    for t in toks[start:upto]:
        if t.lower() in _SUBORDINATE:
            opened = True
        elif opened and verb_like(t):
            return False
    return True


def _verbless_opening(toks: list[str], c: int) -> bool:
    """Each comma-separated part of the opening phrase before the comma at `c` has no verb, but
    in a clause it opens itself: "A few weeks later, on the steps …, where he had first become a
    candidate," but not "his response focused on how Khan’s wife,"."""
    opened = False
    for t in toks[:c]:
        if t == ",":
            opened = False
        elif t.lower() in _OPENING_CLAUSE:
            opened = True
        elif not opened and _finite(t):
            return False
    return True


def _finite(tok: str) -> bool:
    """A verb in the past or an auxiliary ("focused", "was", "had"); not a plural noun, which
    `verb_like` also takes ("a few weeks later, on the steps …")."""
    low = tok.lower()
    return (
        tok.islower()
        and low not in PREPOSITIONS
        and (low in AUX or low in IRREGULAR or (low.endswith("ed") and len(low) > 3))
    )


def _present_participle(tok: str) -> bool:
    return tok.isalpha() and tok.islower() and tok.endswith("ing") and len(tok) > 5


def _after_opening(toks: list[str], upto: int) -> str | None:
    commas = [j for j in range(upto) if toks[j] == ","][:_COMMAS]
    for c in commas:
        end = _run_end(toks, c + 1, upto)
        if end == c + 1 or end >= upto:
            continue
        verb = end + 1 if toks[end] == "," and end + 1 < upto else end  # ", Paul Manafort,"
        while verb < upto and is_between(toks[verb]):
            verb += 1
        if verb < upto and verb_like(toks[verb]) and toks[verb] != "s":
            if not (_verbless_opening(toks, c) and _no_other_clause(toks, verb + 1, upto)):
                return None
            return _person(toks, c + 1, end)
    return None
