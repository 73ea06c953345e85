"""Round 46 (rolesC): a kin noun's "of" is no title's "of": in "son of former Ohio Gov. Dale
Marsh" the son is someone else and Dale Marsh's title is "former Ohio Gov."; and a common word
that opens a title in the possessive stays in it ("the first lady’s spokeswoman")."""

from __future__ import annotations

from tests.analysis.people.passages import roles_in


def test_a_kin_nouns_of_reads_no_further_back_into_the_title() -> None:
    roles = roles_in(
        "Ben Marsh, the state treasurer and son of former Ohio Gov. Dale Marsh, said Monday that "
        "he would run. Dale Marsh did not comment."
    )
    assert roles["Dale Marsh"] == "former Ohio Gov."


def test_a_title_of_a_body_is_read_whole() -> None:
    roles = roles_in("Secretary of State Lena Hoyt said the talks would resume.")
    assert roles["Lena Hoyt"] == "Secretary of State"


def test_the_first_ladys_spokeswoman_keeps_first() -> None:
    roles = roles_in(
        "The first lady’s spokeswoman, Dana Pruett, said the family was grateful for the support."
    )
    assert roles["Dana Pruett"] == "first lady’s spokeswoman"
