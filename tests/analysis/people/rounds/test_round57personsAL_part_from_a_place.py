"""Round 57 (personsAL): a part played, described in lower case and by where it is from, is no
one ("who played the womanising Londoner Alfie Elkins"), where the sentence speaks of a film; a
player's opponent so described is a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_part_described_by_its_home_town_is_no_one() -> None:
    people = people_in(
        "The original film made a star of Michael Caine, who played the womanising Londoner"
        " Alfie Elkins.",
    )
    assert people == {"Michael Caine"}


def test_an_opponent_described_by_his_home_town_is_a_person() -> None:
    people = people_in(
        "Tim Henman, who played the big-serving Aberdonian Jack Munro in the final, said he was"
        " tired.",
    )
    assert people == {"Tim Henman", "Jack Munro"}
