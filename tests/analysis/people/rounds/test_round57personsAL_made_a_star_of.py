"""Round 57 (personsAL): the name after "made a star of" is the one made a star, a person, not a
work's star ("the star of Bridget Jones" still names a work)."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_the_one_a_film_made_a_star_of_is_a_person() -> None:
    people = people_in(
        "Alfie took just £1.2m in its first weekend in UK cinemas.",
        "The original film made a star of Michael Caine.",
    )
    assert people == {"Michael Caine"}


def test_the_ones_a_film_made_stars_of_are_people() -> None:
    people = people_in("Trainspotting made stars of Ewan McGregor and Robert Carlyle.")
    assert people == {"Ewan McGregor", "Robert Carlyle"}


def test_the_star_of_a_film_names_the_film() -> None:
    people = people_in("Renee Zellweger, the star of Bridget Jones, said she was happy.")
    assert people == {"Renee Zellweger"}
