"""Round 51 (personsAG): "Academical" ends a club's name ("Hamilton Academical beat Kelty Hearts
2-1"), no person's; its manager, named in full, stays a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_club_ending_in_academical_is_no_person() -> None:
    people = people_in(
        "Hamilton Academical beat Kelty Hearts 2-1 to win promotion.",
        "Manager John Rankin said it was a special day for the club.",
    )
    assert "Hamilton Academical" not in people
    assert "John Rankin" in people
