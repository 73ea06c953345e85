"""One naming of an entity in a sentence, before the namings are grouped."""

from __future__ import annotations

from dataclasses import dataclass

from briefings.analysis.results import EntityKind


@dataclass(init=False)  # its own __init__: mypyc compiles it, a dataclass's is interpreted
class Candidate:
    """One naming of an entity in a sentence, before the namings are grouped."""

    kind: EntityKind | None  # None: a lone capitalised word, kept only if it names a known person
    text: str
    role: str | None = None
    alias: str | None = None  # the form with a courtesy title, "Mr Kim"
    evidence: bool = False  # a title, courtesy title, apposition or verb of saying marks a person
    not_a_person: bool = False  # introduced as a work ("the film Mary Poppins") or a person's body
    spoken: bool = False  # a verb of saying beside it: a person wherever else the name stands
    thing_hint: bool = False  # written where things stand ("starred in Billy Elliot"): no person
    # unless the article gives that name the evidence of one
    owner: str | None = None  # the full name whose possessive stands right before this one
    qualifies: bool = False  # one word that qualifies another's job or name: "Chelsea boss Jose
    # Mourinho", "Chelsea's Frank Lampard" (a club, a firm, a country)
    firms_figures: bool = False  # reports its figures or its share price moves ("Hugo Boss
    # reported higher profits", "Ted Baker fell 5p"): a firm's act, that outweighs one speech
    given_before: str | None = None  # the lone given name before "and" that this one's surname
    # completes ("Bernard" of "Bernard and Laura Ashley"): unless it is someone's surname here
    a_surname: bool = False  # one word said of as a man or a woman ("Harrington said he",
    # "Woods, 29,"): a person's surname, the evidence a possible full name ending in it needs
    said_by: str | None = None  # the coined one-word name that said of this given name alone
    # what it "would" do ("Hasbro" of "Hasbro said Chloe would appear"): a body's, unless a person
    says_of: str | None = None  # the one word in capitals this lone word said of ("Arsenal" of
    # "Arteta said Arsenal had"): a manager's when it is a side or a player of a reported match

    def __init__(
        self,
        kind: EntityKind | None,
        text: str,
        role: str | None = None,
        alias: str | None = None,
        evidence: bool = False,
        not_a_person: bool = False,
        spoken: bool = False,
        thing_hint: bool = False,
        owner: str | None = None,
        qualifies: bool = False,
        firms_figures: bool = False,
        given_before: str | None = None,
        a_surname: bool = False,
        said_by: str | None = None,
        says_of: str | None = None,
    ) -> None:
        self.kind = kind
        self.text = text
        self.role = role
        self.alias = alias
        self.evidence = evidence
        self.not_a_person = not_a_person
        self.spoken = spoken
        self.thing_hint = thing_hint
        self.owner = owner
        self.qualifies = qualifies
        self.firms_figures = firms_figures
        self.given_before = given_before
        self.a_surname = a_surname
        self.said_by = said_by
        self.says_of = says_of


def hinted(
    hint: bool,
    kind: EntityKind | None,
    text: str,
    role: str | None = None,
    alias: str | None = None,
    evidence: bool = False,
) -> Candidate:
    """A candidate whose `thing_hint` is `hint`: written where things stand or not."""
    return Candidate(kind, text, role, alias, evidence, thing_hint=hint)
