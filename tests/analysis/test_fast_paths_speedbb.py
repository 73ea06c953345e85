"""Round 56's speed steps (branch speedBB) answer as the code they stand in for did, on edge
cases and on random mixes of the words each test reads."""

from __future__ import annotations

import random
from collections.abc import Sequence

from briefings.analysis.quotes.resolution import speakers
from briefings.analysis.quotes.resolution.descriptions.described import gender_of_head
from briefings.analysis.quotes.resolution.descriptions.kin.relatives import own_role
from briefings.analysis.quotes.resolution.descriptions.offices import holds_office
from briefings.analysis.quotes.resolution.resolve import Mention, rank_antecedents
from briefings.analysis.speech.name_index import NameIndex


def _office_holder_before(
    role: str,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
    here: tuple[int, int],
) -> str | None:
    """Round 43's office loop of `_described_opening` as it was: the role read for every person
    ranked."""
    for _, person in rank_antecedents(gender_of_head(role), index, recent, here):
        if person and holds_office(role, own_role(person, index, paragraphs) or ""):
            return person
    return None


# offices and their short forms in both cases, other jobs, names in full and by surname (two
# people sharing one), a capital sigma, appositions and the words between
_OFFICE_MIX = ["Sen.", "sen.", "SEN.", "Senator", "senator", "Gov.", "governor", "Rep.", "rep"]
_OFFICE_MIX += ["Congressman", "congresswoman", "representative", "Adm.", "admiral", "Cmdr."]
_OFFICE_MIX += ["mayor", "Mayor", "aide", "spokesman", "the", "former", "Florida", "said", ","]
_OFFICE_MIX += ["Marco Rubio", "Rubio", "Jeb Bush", "Bush", "Laura Bush", "Ann Lee", "Lee", "."]
_OFFICE_MIX += ["ΣOFIA", "Ald.", "alderman", "Supt.", "of", "and", "Dr.", "Mark Tolliver"]
_OFFICE_MIX += ["Tolliver", "Senators", "Ann", "Mr.", "Mrs.", "the state's health secretary,"]
_OFFICE_ROLES = ["senator", "Florida senator", "former governor", "congressman", "mayor"]
_OFFICE_ROLES += ["representative", "admiral", "commander", "alderman", "superintendent", "aide"]
_OFFICE_ROLES += ["secretary", "SENATOR", "Sen."]
_PEOPLE = ["Marco Rubio", "Rubio", "Jeb Bush", "Laura Bush", "Bush", "Ann Lee", "Mark Tolliver"]
_PEOPLE += ["Tolliver", "Lee", "Ann", "", "Dr. Ann Lee", "Sofia"]


def test_office_holder_reads_a_role_only_for_a_surname_a_paragraph_writing_the_office_writes() -> (
    None
):
    rng = random.Random(5600)
    found = 0
    for _ in range(2500):
        paragraphs = [
            " ".join(rng.choice(_OFFICE_MIX) for _ in range(rng.randint(2, 16)))
            for _ in range(rng.randint(1, 4))
        ]
        index = NameIndex()
        at = 0
        for par in paragraphs:
            index.add_text(at, par)
            at += len(par) + 1
        recent = [
            Mention(
                rng.choice(_PEOPLE),
                rng.randint(0, 6),
                rng.randrange(len(paragraphs)),
                rng.choice(["speaker", "opening", "clause", "possessor"]),
                rng.choice([None, None, "m", "f"]),
            )
            for _ in range(rng.randint(0, 6))
        ]
        here = (rng.randint(0, 7), rng.randrange(len(paragraphs)))
        for role in _OFFICE_ROLES:
            before = _office_holder_before(role, index, recent, paragraphs, here)
            got = speakers._office_holder(role, index, recent, paragraphs, here)
            assert got == before, (role, paragraphs, recent, here)
            found += bool(before)
    assert found > 1500  # the mixes hold offices written beside names, not only names without one
    told = ["Sen. Mark Tolliver and his aide Ann Lee spoke.", "Ann Lee said no."]
    index = NameIndex()
    index.add_text(0, told[0])
    index.add_text(len(told[0]) + 1, told[1])
    recent = [Mention("Mark Tolliver", 0, 0), Mention("Ann Lee", 1, 1, "speaker")]
    assert speakers._office_holder("senator", index, recent, told, (2, 1)) == "Mark Tolliver"
    assert speakers._office_holder("mayor", index, recent, told, (2, 1)) is None
