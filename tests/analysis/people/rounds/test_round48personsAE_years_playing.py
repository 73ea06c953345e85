"""Round 48 (personsAE): a name right after a span of time and "playing" is an actor's part
("after almost a decade playing Mick Carter"); "after playing Tom Smith in the final" names a
person, an opponent."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_name_after_years_playing_is_a_part() -> None:
    people = people_in(
        "Helen Ward is leaving the soap after 12 years playing Tina Holt.",
        "Ward said she would miss the cast.",
    )
    assert "Tina Holt" not in people
    assert "Helen Ward" in people


def test_a_name_after_a_decade_playing_is_a_part() -> None:
    assert "Gary Lomax" not in people_in(
        "Actor Sam Pike has filmed his final scenes after almost a decade playing Gary Lomax.",
    )


def test_a_name_played_with_no_span_of_time_stays_a_person() -> None:
    assert "Tom Smith" in people_in(
        "Jack Hale reached the quarter-finals after playing Tom Smith in the second round.",
    )
