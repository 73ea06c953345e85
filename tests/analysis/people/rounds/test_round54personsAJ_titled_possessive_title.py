"""Round 54 (personsAJ): a titled name in the possessive before a title in capitals that an
apposition names as a work ("Mr Bean's Holiday, the second film about the character") is the
work's title, its character no person; "Mr Hale's Bentley, the car he bought" keeps Mr Hale."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_films_titled_character_is_no_person() -> None:
    people = people_in(
        "Filming has begun in France on Mr Bean's Holiday, the second film about the "
        "accident-prone character.",
        "Rowan Atkinson, who plays Mr Bean, said it would be the last time he played the part.",
    )
    assert people == {"Rowan Atkinson"}


def test_a_titled_mans_car_leaves_him_a_person() -> None:
    people = people_in(
        "Mr Hale's Bentley, the car he bought in 1990, was sold at auction.",
        "Mr Hale said he was sad to see it go.",
    )
    assert people == {"Mr Hale"}
