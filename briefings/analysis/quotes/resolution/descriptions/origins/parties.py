"""Descriptions by party and place ("The Kansas Republican", "The Labour MP") and whom they fit."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.speech.roles import role_near
from briefings.analysis.speech.words import ROLE_NOUNS

__all__ = ["abbreviates", "fits_party", "of_another_party", "party_description", "written_beside"]

# a party word and how the article writes a member's party: "(R-Kan.)", "Republican Sen.", "GOP"
_PARTIES: Final = {
    "republican": ("R", re.compile(r"\b(?:Republican|GOP)\b")),
    "democrat": ("D", re.compile(r"\bDemocrat")),
    "democratic": ("D", re.compile(r"\bDemocrat")),
    "labour": ("", re.compile(r"\bLabour\b")),
    "tory": ("", re.compile(r"\b(?:Tory|Conservative)\b")),
    "conservative": ("", re.compile(r"\b(?:Tory|Conservative)\b")),
    "liberal": ("", re.compile(r"\bLiberal\b")),
    "snp": ("", re.compile(r"\bSNP\b")),
}
_PARTY_NOUNS: Final = words_set("Republican Democrat Tory Conservative")  # heads: "the Tory"
_HEADS: Final = words_set("MP MSP MEP backbencher peer")  # and the role nouns
_LABEL: Final = re.compile(r"\(\s*([RDI])\s*-\s*([A-Z][A-Za-z. ]{0,14})\)")  # "(R-Ind.)"
_WINDOW: Final = 90  # characters after a name where its label or party is written
_BEFORE: Final = 40  # characters before a name, back to a clause's mark, that describe it
_WORDS_BEFORE: Final = 3  # … and at most this many words
_CLAUSE_MARK: Final = re.compile(r"[,;:!?()—–]|\.\s")
_SENTENCE_END: Final = re.compile(r"[.!?][”\"]?\s+(?=[A-Z“\"])")


def party_description(words: Sequence[str]) -> bool:
    """ "The Kansas Republican", "The Labour MP", "the Conservative backbencher": "the", one to
    three capitalised words of which one is a party's, and a head that is the party's noun, an MP
    or a person's job ("backbencher", "lawmaker"); not "The Republican Party" or "The Democrats"."""
    if len(words) < 2 or len(words) > 5 or words[0].lower() != "the":
        return False
    head, marks = words[-1], _marks(words)
    if head not in _PARTY_NOUNS and (
        not (head in _HEADS or (head.islower() and head in ROLE_NOUNS)) or not marks
    ):
        return False
    return all(m[:1].isupper() and m.isalpha() for m in marks) and any(
        m.lower() in _PARTIES for m in marks
    )


def fits_party(name: str, description: Sequence[str], paragraphs: Sequence[str]) -> bool:
    """The article writes for the person `name` every party and place of the description: "Sen.
    Carol Whitby (R-Mo.)" fits "The Missouri Republican"; "Lucy Brennan, the Labour MP for
    Manchester Central" fits "The Labour MP"."""
    written = written_beside(name, paragraphs)
    labels = _LABEL.findall(written)
    for mark in _marks(description):
        party = _PARTIES.get(mark.lower())
        if party:
            letter, pattern = party
            if not (pattern.search(written) or any(p == letter for p, _ in labels if letter)):
                return False
        elif not (
            re.search(rf"\b{re.escape(mark)}\b", written)
            or any(abbreviates(state, mark) for _, state in labels)
        ):
            return False
    return True


def _marks(description: Sequence[str]) -> list[str]:
    """The capitalised words of a description after "the" that say party and place, its head
    too when the head is a party's noun ("the Kansas Republican": Kansas, Republican)."""
    *marks, head = description[1:]
    return [*marks, head] if head in _PARTY_NOUNS else marks


def written_beside(name: str, paragraphs: Sequence[str]) -> str:
    """The role the article writes for `name`, the (at most three) words right before each writing of
    its surname back to a clause's mark, and what follows it to the end of its sentence (at most _WINDOW
    characters)."""
    surname = name.split()[-1]
    pattern = re.compile(rf"\b{re.escape(surname)}\b")
    parts = [role_near(name, paragraphs) or ""]
    for par in paragraphs:
        if surname not in par:
            continue
        for match in pattern.finditer(par):
            before = par[max(0, match.start() - _BEFORE) : match.start()]
            words = _CLAUSE_MARK.split(before)[-1].split()[-_WORDS_BEFORE:]
            parts.append(" ".join(words))  # "Welsh winger Gareth", "Scotland's Andy"
            after = par[match.end() : match.end() + _WINDOW]
            end = _SENTENCE_END.search(after)
            parts.append(after[: end.start() + 1] if end else after)
    return " \n".join(parts)


# a party written right after a surname: its label, or an apposition naming it ("Nora Benitez
# (D-Tex.)", "Nora Benitez, a Democrat from El Paso,", "…, the ranking Democrat,")
_AFTER_NAME: Final = re.compile(
    r"\s*\(\s*([RDI])\s*-|,\s+(?:a|the)\s+(?:[\w’'\-]+\s+){0,2}?(Republican|Democrat|GOP)\b"
)
_CLAUSE_OR_SENTENCE: Final = re.compile(r"[,;:!?()—–]|(?<=[a-z]{4})\.\s")  # not "Rep. "
_LETTERS: Final = {"Republican": "R", "GOP": "R", "Democrat": "D", "Democratic": "D"}


def of_another_party(name: str, party: str, paragraphs: Sequence[str]) -> bool:
    """The article writes `name` right beside a US party other than `party` ("republican" or
    "democrat") and never beside that one: "Democratic Rep. Nora Benitez", "Benitez (D-Tex.)",
    "Benitez, a Democrat from El Paso,"; so "the Republican" is not hers. Only the words right
    before a writing of the surname and a label or an apposition right after it are read."""
    want = _PARTIES.get(party.lower(), ("", None))[0]
    if want not in ("R", "D"):
        return False
    surname = name.split()[-1]
    pattern = re.compile(rf"\b{re.escape(surname)}\b")
    written: set[str] = set()
    for par in paragraphs:
        if surname not in par:
            continue
        for match in pattern.finditer(par):
            before = par[max(0, match.start() - _BEFORE) : match.start()]
            for word in _CLAUSE_OR_SENTENCE.split(before)[-1].split()[-_WORDS_BEFORE:]:
                if word in _LETTERS:
                    written.add(_LETTERS[word])
            after = _AFTER_NAME.match(par, match.end())
            if after:
                written.add(after.group(1) or _LETTERS[after.group(2)])
    return bool(written) and want not in written


def abbreviates(short: str, full: str) -> bool:
    """ "Mo." abbreviates "Missouri", "Ind." "Indiana", "N.Y." "New York": the letters of the
    short form in order in the full one, the first letters alike."""
    letters = [c for c in short.lower() if c.isalpha()]
    rest = full.lower()
    if not letters or not rest.startswith(letters[0]):
        return False
    at = 0
    for c in letters:
        at = rest.find(c, at) + 1
        if at == 0:
            return False
    return True
