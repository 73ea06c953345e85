"""Round 46 (personsAC): a name right after a verb of going and "to" is a place or an event
where one goes ("will now head to Royal Ascot"), no one; a prize that went to someone still
goes to a person."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def test_a_name_headed_to_is_no_one() -> None:
    assert _people(
        "Trainer Ivor Maddock said the colt would now head to Lady Hartfield next month.",
    ) == {"Ivor Maddock"}


def test_a_name_travelled_to_is_no_one() -> None:
    assert "Walter Lodge" not in _people(
        "The team travelled to Walter Lodge for a week of training before the final.",
    )


def test_a_prize_that_went_to_someone_goes_to_a_person() -> None:
    assert "Ivor Maddock" in _people(
        "The award went to Ivor Maddock, who has trained horses in Lambourn for 30 years.",
    )
