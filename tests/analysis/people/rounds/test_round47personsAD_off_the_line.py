"""Round 47 (personsAD): a name that comes or rolls off a production line is goods, no one
("The last Nissan Leaf came off the production line"); a player who "came off the bench" stays a
person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_car_that_came_off_the_production_line_is_no_one() -> None:
    assert people_in(
        "The last Nissan Leaf came off the production line in Sunderland on Friday.",
        "Plant boss Alan Johnson said workers were proud of the car.",
    ) == {"Alan Johnson"}


def test_a_car_that_rolled_off_the_assembly_line_is_no_one() -> None:
    assert "Honda Jazz" not in people_in(
        "The first Honda Jazz rolled off the assembly line at Swindon in 2001.",
    )


def test_a_player_who_came_off_the_bench_stays_a_person() -> None:
    assert "Kyle McAllister" in people_in(
        "Kyle McAllister came off the bench to score in the 89th minute.",
    )
