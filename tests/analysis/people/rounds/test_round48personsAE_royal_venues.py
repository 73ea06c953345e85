"""Round 48 (personsAE): a given name and a place's last word after "Royal" is a venue that speaks
("The Royal Albert Hall said"), no person; "Professor Wendy Hall said" stays one."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_royal_venue_that_speaks_is_no_person() -> None:
    people = people_in(
        "The Royal Albert Hall said the concert would go ahead as planned.",
        "Promoter Sam Reid said fans would be refunded if it did not.",
    )
    assert "Albert Hall" not in people
    assert "Royal Albert Hall" not in people
    assert "Sam Reid" in people


def test_a_titled_person_named_like_a_place_stays_one() -> None:
    assert "Wendy Hall" in people_in("Professor Wendy Hall said the plan was sound.")
