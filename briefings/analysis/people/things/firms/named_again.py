"""A sayer of "X said PLACE would" named next as "The company": the firm, no person."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from briefings.analysis.people.finding.candidates import Candidate

# A sentence that opens with a firm's noun after "The" and at most two describing words ("The
# Japanese carmaker said", "The firm, which has built cars …, said"): the subject named before.
_FIRMS: Final = (
    r"(?:company|firm|group|carmaker|car maker|steelmaker|retailer|chain|brewer|distiller|"
    r"airline|insurer|lender|supermarket|manufacturer|housebuilder|business)"
)
_THE_FIRM: Final = re.compile(
    rf"The (?:[\w-]+ ){{0,2}}{_FIRMS}\b(?:,| said| says| has| is| was| will| would| added| also)"
)

# A firm's noun in the possessive anywhere in the next sentence: "Guillaume Cartier, the
# carmaker's chairman for Europe, said".
_THE_FIRMS: Final = re.compile(rf"\bthe {_FIRMS}['’]s\b", re.IGNORECASE)


def firms_named_again(sentences: Sequence[str], read: Sequence[list[Candidate]]) -> None:
    """The name that opens a sentence right before "said" and one word or two in capitals (what
    it "said PLACE would" do), read as a person's by its speech alone (no role, no courtesy
    title), when the next sentence opens "The company", "The firm" or "The Japanese carmaker",
    or has "the carmaker's" in it: that noun names the sayer again, a firm ("Tata Steel said Port Talbot would get its new
    furnace. The company said 2,500 jobs would go"); someone named with a job ("Chief executive
    Jim Hale said Leeds would …") stays a person, as does one beside a body the noun may take up
    ("Tom Hale said Tesco would close 20 stores. The company said")."""
    for n in range(len(sentences) - 1):
        if not read[n]:
            continue
        sayer = read[n][0]
        if (  # (the sayer first: few sentences open "X said PLACE", few next ones searched)
            sayer.kind != "person"
            or sayer.role
            or sayer.alias
            or sayer.a_surname
            or not sentences[n].startswith(sayer.text + " said ")
            or not sentences[n][len(sayer.text) + 6 : len(sayer.text) + 7].isupper()
        ):
            continue
        noun = _THE_FIRM.match(sentences[n + 1]) or _THE_FIRMS.search(sentences[n + 1])
        if noun is None:
            continue
        before = [c for c in read[n + 1] if 0 <= sentences[n + 1].find(c.text) < noun.start()]
        if _a_body_beside([*read[:n], read[n][1:], before]) or _marked_elsewhere(
            read, n, sayer.text
        ):
            continue
        sayer.kind, sayer.evidence, sayer.spoken = None, False, False
        sayer.thing_hint = sayer.firms_figures = True


def _a_body_beside(read: Sequence[list[Candidate]]) -> bool:
    """Whether the names read before the noun, but the sayer, hold anything but people and places:
    a body, or a lone word that may be one, which the noun may take up instead ("Tom Hale said
    Tesco would close 20 stores. The company said")."""
    return any(
        c.kind not in ("person", "place") or c.thing_hint or c.firms_figures or c.not_a_person
        for found in read
        for c in found
    )


def _marked_elsewhere(read: Sequence[list[Candidate]], n: int, name: str) -> bool:
    """Whether another sentence names the sayer, or its last word alone, with a courtesy title, a
    role or a mark of a person ("Mr Hale", "Hale, 54, said he")."""
    last = name.split()[-1]
    return any(
        c.kind == "person"
        and (c.alias or c.role or c.a_surname or c.evidence)
        and c.text in (name, last)
        for k, found in enumerate(read)
        if k != n
        for c in found
    )
