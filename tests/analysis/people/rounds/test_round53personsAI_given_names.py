"""Round 53 (personsAI): "Laurence" is a given name of either sex (no "Ms" joined to Laurence
Tribe, "Mr Tribe" one person with him), and "Jools" is a given name ("Jools Holland and his
orchestra" a person with nothing beside him)."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> list[str]:
    return [e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"]


def test_mr_and_a_man_called_laurence_are_one_person() -> None:
    people = _people(
        "Laurence Tribe has written to the committee.",
        "Mr Tribe said the bill was unconstitutional.",
    )
    assert people == ["Laurence Tribe"]


def test_jools_opens_a_name_with_nothing_beside_it() -> None:
    people = _people(
        "Jools Holland and his orchestra will tour the UK in November.",
        "Promoter Barry Clayman said demand had been huge.",
    )
    assert "Jools Holland" in people
