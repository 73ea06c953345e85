"""Round 46 (rolesC): a kin noun's "of" is no title's "of": in "son of former Ohio Gov. Dale
Marsh" the son is someone else and Dale Marsh's title is "former Ohio Gov."; and a common word
that opens a title in the possessive stays in it ("the first lady’s spokeswoman")."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _roles(*paragraphs: str) -> dict[str, str | None]:
    found = extract_entities(ArticleText(None, paragraphs))
    return {e.name: e.role for e in found if e.kind == "person"}


def test_a_kin_nouns_of_reads_no_further_back_into_the_title() -> None:
    roles = _roles(
        "Ben Marsh, the state treasurer and son of former Ohio Gov. Dale Marsh, said Monday that "
        "he would run. Dale Marsh did not comment."
    )
    assert roles["Dale Marsh"] == "former Ohio Gov."


def test_a_title_of_a_body_is_read_whole() -> None:
    roles = _roles("Secretary of State Lena Hoyt said the talks would resume.")
    assert roles["Lena Hoyt"] == "Secretary of State"


def test_the_first_ladys_spokeswoman_keeps_first() -> None:
    roles = _roles(
        "The first lady’s spokeswoman, Dana Pruett, said the family was grateful for the support."
    )
    assert roles["Dana Pruett"] == "first lady’s spokeswoman"
