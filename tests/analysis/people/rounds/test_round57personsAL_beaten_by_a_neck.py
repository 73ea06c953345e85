"""Round 57 (personsAL): the name a winner "beat" by a neck or by lengths is a beaten horse, with
no word of riding in the sentence; a jockey beaten "on" a horse stays a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_the_horse_beaten_by_a_neck_is_no_one() -> None:
    people = people_in(
        "Harry Lorimer, the 7-2 favourite, beat Monty Garrick by a neck at Sandown on Saturday.",
        "Trainer Tom Hale said Harry Lorimer would go to Aintree.",
    )
    assert people == {"Tom Hale"}


def test_the_horse_beaten_by_two_lengths_is_no_one() -> None:
    people = people_in(
        "Nick Rockett beat Jack Tamworth by two lengths in the Grand National.",
        "Jockey Sean Daly said he had never been happier.",
    )
    assert people == {"Sean Daly"}


def test_a_jockey_beaten_by_a_head_on_a_horse_stays_a_person() -> None:
    people = people_in("Tony McCoy on Kauto Star beat Ruby Walsh by a head.")
    assert people == {"Tony McCoy", "Ruby Walsh"}
