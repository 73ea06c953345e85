"""Round 48 (personsAE): a given name and a place's last word after "Royal" is a venue that speaks
("The Royal Albert Hall said"), no person; "Professor Wendy Hall said" stays one."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def test_a_royal_venue_that_speaks_is_no_person() -> None:
    people = _people(
        "The Royal Albert Hall said the concert would go ahead as planned.",
        "Promoter Sam Reid said fans would be refunded if it did not.",
    )
    assert "Albert Hall" not in people
    assert "Royal Albert Hall" not in people
    assert "Sam Reid" in people


def test_a_titled_person_named_like_a_place_stays_one() -> None:
    assert "Wendy Hall" in _people("Professor Wendy Hall said the plan was sound.")
