"""Round 46 (personsAC): a name right after a verb of going and "to" is a place or an event
where one goes ("will now head to Royal Ascot"), no one; a prize that went to someone still
goes to a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_name_headed_to_is_no_one() -> None:
    assert people_in(
        "Trainer Ivor Maddock said the colt would now head to Lady Hartfield next month.",
    ) == {"Ivor Maddock"}


def test_a_name_travelled_to_is_no_one() -> None:
    assert "Walter Lodge" not in people_in(
        "The team travelled to Walter Lodge for a week of training before the final.",
    )


def test_a_prize_that_went_to_someone_goes_to_a_person() -> None:
    assert "Ivor Maddock" in people_in(
        "The award went to Ivor Maddock, who has trained horses in Lambourn for 30 years.",
    )
