"""Round 47 (personsAD): two given names and one surname after "the" are a thing's one name
("A new lifeboat has been named the Peter and Margaret Shaw"), as people's names take no
article; "Bernard and Laura Ashley founded the firm" still names two people."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def test_two_given_names_and_a_surname_after_the_are_no_one() -> None:
    assert _people(
        "A new lifeboat has been named the Peter and Margaret Shaw by the RNLI in Whitby.",
        "Coxswain Mark Taylor said the crew were thrilled.",
    ) == {"Mark Taylor"}


def test_two_given_names_and_a_surname_with_no_the_are_two_people() -> None:
    assert {"Bernard Ashley", "Laura Ashley"} <= _people(
        "Bernard and Laura Ashley founded the firm in 1953.",
    )
