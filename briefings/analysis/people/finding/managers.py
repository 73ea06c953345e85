"""Managers named by surname alone who speak of a side or a player of a match the article reports."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from briefings.analysis.common.names import words_set
from briefings.analysis.people.roles.tokens import Token

if TYPE_CHECKING:
    from briefings.analysis.people.finding.candidates import Candidate

_SAYS: Final = words_set("said says")

# What a ruling body says of a club, no manager: a sanction, a breach, or its own ("its rules").
_A_RULING_BODYS: Final = words_set(
    """fined charged banned sanctioned docked deducted punished investigated expelled reprimanded
    disciplined penalised breached broken broke its"""
)

# A match's score ("3-0", "2–1") and the words that give its result beside it.
_SCORE: Final = re.compile(r"\b\d{1,2}[-–]\d{1,2}\b")
_RESULT: Final = re.compile(
    r"\b(?:beat|beats|beaten|defeated|drew|lost|won|thrashed|edged|victory|defeat|draw)\b"
)
# A match told by its result against a side in capitals, with no score: "their win over Everton",
# "his hat-trick against Brentford", "a draw with Celtic".
_RESULT_AGAINST: Final = re.compile(
    r"\b(?:win|victory|defeat|draw|hat-trick|brace)"
    r" (?:over|against|to|by|with|at) [A-Z][a-z]"
)
# A word in capitals that is not the subject right before "said" or "says" (the sayer, no side).
_SIDES_WORD: Final = re.compile(r"\b[A-Z][\w'’-]*+(?! sa(?:id|ys)\b)")


def said_of(tokens: list[Token], end: int) -> str | None:
    """The one word in capitals said of right after "said" or "says" at `end` and before a word
    in lower case: "Arsenal" of "Arteta said Arsenal had been waiting"."""
    if end + 2 >= len(tokens) or tokens[end].lower not in _SAYS:
        return None
    named, after = tokens[end + 1], tokens[end + 2]
    if not (named.is_word and named.is_cap) or named.possessive:
        return None
    if not after.is_word or after.is_cap:
        return None
    if any(t.lower in _A_RULING_BODYS for t in tokens[end + 2 :]):
        return None  # "Uefa said Celtic had been fined", "Fifa said Rangers had broken its rules"
    return named.text


def managers_by_surname(sentences: Sequence[str], candidates: Sequence[Candidate]) -> None:
    """A lone word that is no known given name, read as no one, which "said" a side of a match
    whose result and score the article gives (or its result against a side: "their win over
    Everton", "his hat-trick against Brentford"), or a player it names in full, is the manager (or a
    player) who speaks of them: "Bournemouth beat Tottenham 2-0 …. Iraola said Bournemouth had
    played with real courage"; "Maresca said Sanchez had made one mistake" beside "Robert
    Sanchez". What a ruling body says ("Uefa said Celtic had been fined", "its rules") is read
    as no manager's. A word that is itself a side of the match ("Arsenal said Saka had suffered an
    injury" after "Arsenal beat Ipswich 3-0") is the club; with no match reported ("Nissan said
    Sunderland would") nothing is read."""
    sayers = [
        c
        for c in candidates
        if c.kind is None
        and c.says_of
        and " " not in c.text
        and not (c.thing_hint or c.not_a_person or c.firms_figures)
    ]
    if not sayers:
        return
    sides = {
        w
        for s in sentences
        if (_SCORE.search(s) and _RESULT.search(s)) or _RESULT_AGAINST.search(s)
        for w in _SIDES_WORD.findall(s)
    }
    if not sides:
        return
    players = {c.text.split()[-1] for c in candidates if c.kind == "person" and " " in c.text}
    things = {c.text for c in candidates if c.thing_hint or c.not_a_person or c.firms_figures}
    for c in sayers:
        if c.text in sides or c.text in things or c.says_of == c.text:
            continue
        if c.says_of in sides or c.says_of in players:
            c.kind, c.evidence = "person", True
