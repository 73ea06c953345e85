"""A sayer of "X said PLACE would" whom the next sentence names again as "The company" or "The
carmaker": the firm, no person."""

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
    Jim Hale said Leeds would …") stays a person."""
    for n in range(len(sentences) - 1):
        if not read[n] or not (
            _THE_FIRM.match(sentences[n + 1]) or _THE_FIRMS.search(sentences[n + 1])
        ):
            continue
        sayer = read[n][0]
        if (
            sayer.kind != "person"
            or sayer.role
            or sayer.alias
            or sayer.a_surname
            or not sentences[n].startswith(sayer.text + " said ")
            or not sentences[n][len(sayer.text) + 6 : len(sayer.text) + 7].isupper()
        ):
            continue
        sayer.kind, sayer.evidence, sayer.spoken = None, False, False
        sayer.thing_hint = sayer.firms_figures = True
