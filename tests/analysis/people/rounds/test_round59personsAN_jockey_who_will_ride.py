"""Round 59 (personsAN): a jockey who "will ride" the horse that won or beat another by lengths is
the rider, no horse ("Ruby Walsh will ride the six-year-old, who beat Monkerhostin by eight
lengths")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_jockey_who_will_ride_a_winner_by_lengths_is_someone() -> None:
    people = people_in(
        "Ruby Walsh will ride the six-year-old, who beat Monkerhostin by eight lengths at Haydock.",
    )
    assert people == {"Ruby Walsh"}


def test_a_horse_that_won_by_lengths_stays_a_horse() -> None:
    people = people_in(
        "Harry Lorimer won the Hennessy Gold Cup by three lengths at Newbury.",
        "Trainer Jane Mills said the horse would now be rested.",
    )
    assert people == {"Jane Mills"}
