"""Round 48 (personsAE): a name right after a span of time and "playing" is an actor's part
("after almost a decade playing Mick Carter"); "after playing Tom Smith in the final" names a
person, an opponent."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def test_a_name_after_years_playing_is_a_part() -> None:
    people = _people(
        "Helen Ward is leaving the soap after 12 years playing Tina Holt.",
        "Ward said she would miss the cast.",
    )
    assert "Tina Holt" not in people
    assert "Helen Ward" in people


def test_a_name_after_a_decade_playing_is_a_part() -> None:
    assert "Gary Lomax" not in _people(
        "Actor Sam Pike has filmed his final scenes after almost a decade playing Gary Lomax.",
    )


def test_a_name_played_with_no_span_of_time_stays_a_person() -> None:
    assert "Tom Smith" in _people(
        "Jack Hale reached the quarter-finals after playing Tom Smith in the second round.",
    )
