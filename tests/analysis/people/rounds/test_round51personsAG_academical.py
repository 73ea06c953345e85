"""Round 51 (personsAG): "Academical" ends a club's name ("Hamilton Academical beat Kelty Hearts
2-1"), no person's; its manager, named in full, stays a person."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def test_a_club_ending_in_academical_is_no_person() -> None:
    people = _people(
        "Hamilton Academical beat Kelty Hearts 2-1 to win promotion.",
        "Manager John Rankin said it was a special day for the club.",
    )
    assert "Hamilton Academical" not in people
    assert "John Rankin" in people
