"""Marks read across the article's names: surnames marked elsewhere, parts, holdings, assistants."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.common.names import ORG_SUFFIXES, PLACE_SUFFIXES, name_key, words_set
from briefings.analysis.people.finding.candidates import BODYS_OR_PERSONS, Candidate
from briefings.analysis.speech.name_shapes import first_name_like

# The last words of a body's or a place's name that are surnames too: "Church", "Hall", "Park".
BODY_OR_PLACE_SUFFIXES: Final = ORG_SUFFIXES | PLACE_SUFFIXES


def surnames_kept(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates but the first of two given names before one surname ("Bernard" of "Bernard
    and Laura Ashley") when that name is someone's surname in the article, or the given name of
    someone of another surname: "Blair and Gordon Brown met" names Tony Blair, "Hillary and Tim
    Kaine" Hillary Clinton."""
    full = [c.text.split() for c in candidates if c.kind == "person" and " " in c.text]
    surnames = {words[-1] for words in full}
    return [
        c
        for c in candidates
        if c.given_before is None
        or not (
            c.given_before in surnames
            or any(w[0] == c.given_before and w[-1] != c.text.split()[-1] for w in full)
        )
    ]


# An actor's relative clause of playing or voicing a part named by one given name ("Letitia Dean,
# who has played Sharon since 1985", "Dani Harmer, who plays Tracy,"), or that part's passive
# ("Peppa is voiced by"): the one word, not followed by another name's word.
_PART_BY_GIVEN_NAME: Final = re.compile(
    r"\bwho (?:has |had )?(?:plays|played|voices|voiced|portrays|portrayed) ([A-Z][a-z]+)\b"
    r"(?! [A-Z]|-)|\b([A-Z][a-z]+) (?:is|was|has been) (?:played|voiced|portrayed) by\b"
)

# Kin before a part's given name, a title a character has ("Aunt Lucy"), not a person's mark.
_KIN_TITLES: Final = words_set("Aunt Auntie Uncle Granny Grandma Grandpa Nanny")


def parts_by_given_name(sentences: list[str], candidates: list[Candidate]) -> list[Candidate]:
    """Hints of no person for the part an actor plays or voices, named by its given name alone
    ("Letitia Dean, who has played Sharon since 1985,", "Imelda Staunton, who voiced Lucy"):
    that name, with kin before it or none ("Aunt Lucy"), and a full name that opens with it and
    has no mark of a person ("Sharon Watts is to marry again"), are the character's."""
    if not any("who " in s or " by" in s for s in sentences):
        return []  # (substring tests before the search)
    parts = {
        m.group(1) or m.group(2)
        for s in sentences
        if "play" in s or "voice" in s or "portray" in s
        for m in _PART_BY_GIVEN_NAME.finditer(s)
    }
    if not parts:
        return []
    hints = []
    for c in candidates:
        words = c.text.split()
        if c.kind != "person" or c.alias or words[0] not in parts or len(words) > 2:
            continue
        alone = len(words) == 1 and (c.role is None or c.role in _KIN_TITLES)  # "Aunt Lucy"
        if alone or (len(words) == 2 and not (c.evidence or c.role)):
            hints.append(Candidate(None, c.text, not_a_person=True))
    return hints


# The names a body owns, runs or makes, after "which" (a body's relative word) and "owns", "runs"
# or "makes": "Signet, which also runs Ernest Jones,", "Arcadia, which owns Dorothy Perkins and
# Burton", "Numatic, which makes the Henry and Hetty vacuum cleaners".
_WHICH_OWNS: Final = re.compile(
    r"\bwhich (?:also )?(?:owns|runs|makes|made) (?:the )?"
    r"((?:[A-Z][\w'’-]*(?:,? | and ))*[A-Z][\w'’-]*)"
)


def a_firms_holdings(sentences: list[str], candidates: list[Candidate]) -> list[Candidate]:
    """Hints of no person for the names with no mark of a person that a body owns, runs or makes
    (`_WHICH_OWNS`): a shop's, a brand's, a product's or a firm's, as no one is owned, run or made
    ("Its owner, Signet, which also runs Ernest Jones, said")."""
    held = {
        name
        for s in sentences
        if "which " in s and (" runs " in s or " owns " in s or " made " in s or " makes " in s)
        for m in _WHICH_OWNS.finditer(s)
        for name in _JOINED.split(m.group(1))
    }
    if not held:
        return []
    return [
        Candidate(None, c.text, not_a_person=True)
        for c in candidates
        if c.kind == "person" and not (c.evidence or c.alias or c.role) and c.text in held
    ]


_JOINED: Final = re.compile(r",? and |, ")  # between the names of a list


def marked_trades(candidates: Sequence[Candidate]) -> None:
    """The full names after a noun for a body that is a person's trade too ("Broadcaster Gary
    Lineker", read as no one's) made people where the article marks their surname a person's, by
    a courtesy title or as said of a man or a woman ("Lineker, 64,"); "Bookmaker William Hill"
    stays a firm."""
    trades = [
        c
        for c in candidates
        if c.not_a_person and c.role is not None and c.role.lower() in BODYS_OR_PERSONS
    ]
    if not trades:
        return
    surnames = {name_key(c.text) for c in candidates if c.a_surname}
    surnames |= {name_key(c.text) for c in candidates if c.kind == "person" and c.alias}
    for c in trades:
        if name_key(c.text).split()[-1] in surnames:
            c.kind, c.not_a_person, c.evidence = "person", False, True


def people_named_like_bodies(candidates: Sequence[Candidate]) -> None:
    """A given name and a surname that ends a body's or a place's name too, read as a body's
    ("Charlotte Church has signed a deal"), made a person's where the article says of that
    surname alone as of a man or a woman ("Church, 19, said she"); "William Hill said its"
    stays a bookmaker."""
    surnames = {name_key(c.text) for c in candidates if c.a_surname}
    if not surnames:
        return
    for c in candidates:
        if c.kind not in ("organisation", "place") or c.text.count(" ") != 1:
            continue
        given, surname = c.text.split()
        if (
            name_key(surname) in surnames
            and surname.lower() in BODY_OR_PLACE_SUFFIXES
            and first_name_like(given)  # (a place's given name too: "Charlotte")
        ):
            c.kind, c.evidence, c.role = "person", True, None


# An assistant or a chatbot that is software, not someone's assistant: "the assistant had
# handled", "digital assistants", "its chatbot" (not "the assistant manager", "assistant to").
_SOFTWARE_ASSISTANT: Final = re.compile(
    r"\bchatbots?\b|\b(?:voice|digital|virtual|AI|smart) assistants?\b|\bthe assistant\b"
    r"(?! (?:manager|managers|coach|referee|director|editor|head|chief|secretary|general"
    r"|commissioner|professor|principal|producer|to|of)\b)"
)


def assistants_names(sentences: Sequence[str], candidates: Sequence[Candidate]) -> None:
    """The one-word names read as people's, with no mark of a person anywhere (no title, no
    role, no "he" or "she", no surname of anyone named in full), in an article that writes of
    software assistants or chatbots: the assistant's ("NatWest said Cora would now answer
    questions … customers had used the assistant 11 million times"), no one's."""
    if not any("assistant" in s or "chatbot" in s for s in sentences):
        return  # (substring tests before the search)
    if not any(_SOFTWARE_ASSISTANT.search(s) for s in sentences):
        return
    surnames = {
        name_key(c.text).split()[-1]
        for c in candidates
        if c.kind == "person" and " " in name_key(c.text)
    }
    marked = {
        name_key(c.text) for c in candidates if c.evidence or c.alias or c.role or c.a_surname
    }
    for c in candidates:
        key = name_key(c.text)
        if c.kind == "person" and " " not in key and key not in surnames and key not in marked:
            c.kind, c.spoken, c.not_a_person = None, False, True


def said_of_by_bodies(candidates: Sequence[Candidate]) -> None:
    """A given name alone that a coined one-word name said "would" do something ("Hasbro said
    Chloe would appear", "Anthropic said Claude would"), where the article marks neither as a
    person's (no title, role, "he" or "she", no surname of anyone named in full): a body speaking
    of its product, show or character, no one; a person who speaks of someone names them by
    surname ("Mikel Arteta … Arteta said Gabriel would be fit": Gabriel stays)."""
    said = [c for c in candidates if c.said_by and c.kind == "person"]
    if not said:
        return
    people = {
        w
        for c in candidates
        if c.kind == "person" or c.evidence or c.alias or c.role or c.a_surname
        for w in (name_key(c.text), name_key(c.text).split()[-1])
        if c.said_by is None and name_key(c.text)
    }
    for c in said:
        if name_key(c.said_by or "") not in people and name_key(c.text) not in people:
            c.kind, c.spoken, c.thing_hint = None, False, True
