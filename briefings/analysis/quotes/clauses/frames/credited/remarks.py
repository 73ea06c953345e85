"""A named person's remark, pledge or slogan quoted beside the noun: "DeLuca’s remark that “…”"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.clauses.frames.credited.pronoun_owners import pronoun_owner_before
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.cues import CUES
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import (
    is_cap,
    is_possessive,
    name_run_start,
    without_possessive,
)

__all__ = ["remark_before_that", "remark_owner"]

# nouns for words someone said, quoted as theirs when the owner is named in the possessive
_REMARKS: Final = words_set(
    """remark remarks comment comments statement words line quip promise pledge vow warning claim
    assertion declaration slogan motto mantra catchphrase dictum refrain boast prediction
    admission assurance speech suggestion insistence accusation observation retort joke threat
    complaint description characterization assessment conclusion finding argument contention
    testimony tweet message announcement explanation reply answer phrase maxim adage"""
)
_SETTINGS: Final = words_set("at in on during after before")  # "’s suggestion at a debate that"
# a phrase of setting or audience before the remark's "is"/"was": "Barrett’s dictum to his interns
# was, “…”", "Rubio’s catch phrase in that election against Crist was that Crist “…”"
_BEFORE_A_COPULA: Final = _SETTINGS | words_set("to for against about")
_COPULAS: Final = words_set("is was")
_SETTING_REACH: Final = 6  # words of such a phrase between the noun and "that"
_MODIFIERS: Final = 3  # words between the possessive and the noun: "2023", "famous", "campaign"
_THAT_REACH: Final = 8  # words of the clause after "that" before the quotation
_CLAUSE_ENDS: Final = frozenset({",", ";", ":", ".", "(", ")", "—", "–"})


def remark_owner(toks: list[str], idx: int) -> str | None:
    """The named owner of the remark the quotation at `idx` gives: the noun before it ("Garza’s
    campaign slogan is “…”", "DeLuca’s 2023 remark that “…”", "Natarajan’s promise that the plant
    would “…”") or right after it ("Brandt’s “not one new tax” pledge"), or "he"/"she" for a
    pronoun's remark that a clause follows ("her remark that “…”"); None when no person's remark
    is quoted so (a body's: "the utility’s", "their pledge")."""
    after = next((t for t in toks[idx + 1 :] if t != "\ue001"), "")
    owner = _owner_before(toks, idx)  # "Brandt’s [“…”] pledge"
    if owner is not None and after.lower() in _REMARKS:
        return owner
    for noun in range(idx - 1, max(-1, idx - _THAT_REACH - 5), -1):
        if toks[noun].lower() in _REMARKS:
            break
    else:
        return None
    if not _leads_to(toks, noun + 1, idx):
        return None
    return _owner_before(toks, noun) or pronoun_owner_before(toks, noun)  # round 57: "her
    # March comment that, “…”": hers


def remark_before_that(toks: list[str], idx: int) -> str | None:
    """The named owner of a remark whose "that" clause holds the quotation at `idx`, even after
    a speech verb of the sentence: "The candidates say they were hurt by Dana Whitcomb’s
    conclusion that her actions were “…”" (Whitcomb's words, not the candidates')."""
    for noun in range(idx - 1, max(-1, idx - _THAT_REACH - 3), -1):
        if toks[noun].lower() == "that":
            break
    else:
        return None
    before = [t for t in toks[noun:idx] if t != "\ue000"]
    that = noun
    noun = _before_a_setting(toks, noun)  # round 59: "Whitford’s claim at a rally that …"
    if noun > 1 and toks[noun - 1] == "," and toks[noun - 2].lower() in _REMARKS:
        noun -= 1  # round 60: "read back Hargrove’s own words, that the judge had “…”"
    if noun == 0 or toks[noun - 1].lower() not in _REMARKS or before[-1] == "as":
        return None  # "Clinton’s remark describing Obama’s statement that he opposed the war as
        # “…”": the describer's words, not the statement's
    if not _leads_to(toks, that, idx):
        return None
    return _owner_before(toks, noun - 1)


def _before_a_setting(toks: list[str], that: int) -> int:
    """Where a short phrase of setting between a remark's noun and its "that" starts ("at a
    Pennsylvania rally" of "’s claim at a Pennsylvania rally that"): no clause end, speech verb,
    possessive or quotation in it; else `that` itself."""
    for start in range(that - 1, max(-1, that - _SETTING_REACH - 1), -1):
        t = toks[start]
        if t in _CLAUSE_ENDS or t.lower() in CUES or is_possessive(t) or mask_id(t) is not None:
            return that
        if t.lower() in _SETTINGS and start > 0 and toks[start - 1].lower() in _REMARKS:
            return start
    return that


def _leads_to(toks: list[str], start: int, idx: int) -> bool:
    """The words between the noun and the quotation only link them: "is", "was", "that" and the
    clause "that" opens, with no speech verb or other quotation in it ("…’s promise that the plant
    would “…”"; not "…’s statement that Jones said “…”")."""
    between = [t for t in toks[start:idx] if t != "\ue000"]
    between = _past_a_setting(between)
    while between and between[0].lower() in {"is", "was", ",", ":"}:
        between = between[1:]
    if not between:
        return True
    if between[0].lower() in _SETTINGS:  # "Obama’s suggestion at a debate that she was “…”"
        that = next((n for n, t in enumerate(between) if t.lower() == "that"), None)
        if (
            that is None
            or that > _SETTING_REACH
            or any(t in _CLAUSE_ENDS or t.lower() in CUES or is_cap(t) for t in between[1:that])
        ):
            return False
        between = between[that:]
    if between[0].lower() != "that":
        return False
    clause = [t for t in between[1:] if t != ","] if between[1:2] == [","] else between[1:]
    return len(clause) <= _THAT_REACH and not any(
        t in _CLAUSE_ENDS or t.lower() in CUES or mask_id(t) is not None or is_possessive(t)
        for t in clause
    )


def _past_a_setting(between: list[str]) -> list[str]:
    """The words from the copula on when a short phrase of setting or audience opens them ("to
    his interns was, …", "in that election against Crist was that …"): no clause end, speech
    verb, possessive or quotation in it; else the words as given."""
    if not between or between[0].lower() not in _BEFORE_A_COPULA:
        return between
    for n, t in enumerate(between[1 : _SETTING_REACH + 2], start=1):
        if t.lower() in _COPULAS:
            return between[n:]
        if t in _CLAUSE_ENDS or t.lower() in CUES or is_possessive(t) or mask_id(t) is not None:
            return between
    return between


_NOT_MODIFIERS: Final = words_set("the a an this that these those his her their its our my")


def _modifier(tok: str) -> bool:
    """A word that may stand between an owner and the noun: "2023", "March", "famous",
    "campaign"; not a determiner or a verb ("challenged the")."""
    low = tok.lower()
    return (
        tok.isalnum() and low not in _NOT_MODIFIERS and low not in CUES and not low.endswith("ed")
    )


def _owner_before(toks: list[str], at: int) -> str | None:
    """The name in the possessive a few modifiers before `at`: "Rubio’s catch ..."."""
    for j in range(at - 1, max(-1, at - _MODIFIERS - 2), -1):
        t = toks[j]
        if mask_id(t) is not None or t in _CLAUSE_ENDS:
            return None
        if not is_possessive(t):
            if t != "\ue000" and not _modifier(t):
                return None  # "Grayson's spokeswoman challenged the assertion": not his
            continue
        if not is_cap(t):
            return None  # "the utility’s": no name
        start = name_run_start(toks, j)
        phrase = " ".join([*toks[start:j], without_possessive(t)])
        speaker = parse_speaker(phrase)
        return phrase if speaker and speaker.name and not speaker.is_org else None
    return None
