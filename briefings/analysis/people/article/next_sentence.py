"""A name its next sentence takes up: as a firm, a performer, a signing, a part or a product."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.people.finding.candidates import Candidate
from briefings.analysis.people.things.taken_up import (
    given_an_age,
    said_of_then_played,
    taken_up_as_a_character,
    taken_up_as_a_firm,
    taken_up_as_a_part,
    taken_up_as_a_performer,
    taken_up_as_a_product,
    taken_up_as_a_signing,
    taken_up_as_a_titled_character,
)


def taken_up_as_firms(sentences: list[str], read: list[list[Candidate]]) -> list[Candidate]:
    """Hints of no person for a name the next sentence takes up as a firm ("Jimmy Choo had a hard
    year. The company blamed …"): kept a person only where the article gives it a person's marks;
    and a person's marks for one it takes up as a performer ("Madonna has topped a list. The
    singer, who …"), or as a player whom a club signed ("Chelsea signed Estevao. The 18-year-old
    winger"); a name in capitals read as a body's made a person's when the performer taken up is
    given an age ("SZA will headline … The US singer, 35,"); a courtesy title and one word that
    the next sentence's actor plays as "the character" made no one ("Mr Tumble is to get a new
    series. Justin Fletcher, who plays the character, said"), that naming alone; a character's
    hint for a full name said of whom the next sentence's actor plays ("Ben Wadey has said Phil
    Mitchell will find love. Steve McFadden has played the character"); no one for a
    name taken up as a thing launched in a year ("Siri is to get a new voice. The assistant,
    launched in 2011,")."""
    hints = []
    for k in range(len(sentences) - 1):
        if not read[k]:  # a sentence that names no one takes no one up (each test asks a name)
            continue
        names = [c.text for c in read[k]]
        people = [c.text for c in read[k] if c.kind == "person"]
        # the firm, the product, the performer, the signing club and the character all open
        # their sentence (each test returns nothing else); a part and "said of" need not
        opens = sentences[k].startswith(names[0])
        firm = taken_up_as_a_firm(sentences[k], names, sentences[k + 1], people) if opens else None
        if firm and read[k][0].kind in ("person", None):
            hints.append(Candidate(None, firm, thing_hint=True))
        product = taken_up_as_a_product(sentences[k], names, sentences[k + 1]) if opens else None
        if product:
            hints.append(Candidate(None, product, not_a_person=True))  # "The assistant, launched"
        performer = (
            taken_up_as_a_performer(sentences[k], names, sentences[k + 1], people)
            if opens
            else None
        )
        if performer and read[k][0].kind in ("person", None) and not read[k][0].thing_hint:
            hints.append(Candidate("person", performer, evidence=True))
        elif performer and performer.isupper() and given_an_age(sentences[k + 1]):
            # "SZA will headline … The US singer, 35,": capitals read as a body's, and an age
            read[k][0].kind, read[k][0].evidence, read[k][0].role = "person", True, None
        signed = taken_up_as_a_signing(sentences[k], names, sentences[k + 1]) if opens else None
        if signed and len(read[k]) > 1 and not (read[k][1].thing_hint or read[k][1].not_a_person):
            hints.append(Candidate("person", signed, evidence=True))  # "Chelsea signed Estevao"
        part = taken_up_as_a_part(sentences[k], names, sentences[k + 1])
        if part:
            hints.append(Candidate(None, part, not_a_person=True))
        elif opens and (
            character := taken_up_as_a_character(sentences[k], names, sentences[k + 1])
        ):
            hints.append(Candidate(None, character, thing_hint=True))
        elif said_of := said_of_then_played(sentences[k], people, sentences[k + 1]):
            hints.append(Candidate(None, said_of, thing_hint=True))  # "has said Phil Mitchell
            # will … Steve McFadden has played the character"
        elif read[k] and read[k][0].kind == "person":
            first, alias = read[k][0], read[k][0].alias
            if alias and taken_up_as_a_titled_character(sentences[k], alias, sentences[k + 1]):
                # "Mr Tumble is to get a new series. X, who plays the character,": this naming
                # no one's
                first.kind, first.alias, first.evidence = None, None, False
    return hints


# An actor's verb of playing or voicing and a part described in lower case after "the": "will
# play the tomb raider", "who played the treasure hunter in the 2022 film".
_PLAYS_THE: Final = re.compile(
    r"\b(?:play|plays|played|playing|voice|voices|voiced|portray|portrays|portrayed) the "
    r"((?:[a-z][\w-]* ){0,2}[a-z][\w-]*)(?![\w'’-])(?! [A-Z])"
)

# The last words of a description that a real person has as well as a part ("will play the
# prime minister", "the singer"): a biopic's subject is someone.
_REAL_PEOPLES_PARTS: Final = words_set(
    """minister president king queen prince princess leader chancellor secretary mp singer
    footballer manager captain boss chairman founder star poet writer author painter scientist
    detective inventor explorer comedian actor actress dancer boxer"""
)

# Two words in capitals opening a sentence: a full name, the actor's.
_A_FULL_NAME_OPENS: Final = re.compile(r"[A-Z][\w'’-]+ [A-Z]")

# A description's first words that describe no part: "play the part of", "the lead", "the role".
_NO_PARTS_DESCRIPTION: Final = words_set("part parts role roles lead title main same other")

# The words of a work that a part's sentences hold: "a new television series", "the 2022 film".
_WORKS_HERE: Final = re.compile(r"\b(?:film|films|movie|series|game|games|show|drama|sequel)\b")


def parts_described_next(sentences: list[str], read: list[list[Candidate]]) -> None:
    """The full name with no mark of a person that opens a sentence, when the next sentence
    opens with an actor's full name and plays or voices a part described after "the"
    (`_PLAYS_THE`), and the two speak of a work ("Lara Croft is to get her own television
    series. Sophie Turner will play the tomb raider"): the part, no one (not "will play the
    prime minister", a real person's; nor "… if they play the woman's card")."""
    for k in range(len(sentences) - 1):
        following = sentences[k + 1]
        if not read[k] or "the " not in following:
            continue  # (no name, or no "the": no search)
        c = read[k][0]
        if c.kind != "person" or " " not in c.text or c.evidence or c.role or c.alias or c.spoken:
            continue
        if not sentences[k].startswith(c.text + " "):
            continue  # (not "Cameron Mackintosh, who produced the show,")
        if _A_FULL_NAME_OPENS.match(following) is None:
            continue  # the actor named first: "Sophie Turner will play", "Tom Holland, who played"
        m = _PLAYS_THE.search(following)
        if m is None or m.group(1).split()[-1] in _REAL_PEOPLES_PARTS:
            continue
        if m.group(1).split()[0] in _NO_PARTS_DESCRIPTION:
            continue  # "will play the part of the nanny", "plays the lead"

        if _WORKS_HERE.search(sentences[k]) or _WORKS_HERE.search(following):
            c.kind, c.not_a_person, c.thing_hint = None, True, True
