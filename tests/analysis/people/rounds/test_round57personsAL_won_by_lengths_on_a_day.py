"""Round 57 (personsAL): a name that wins by lengths is a horse even when the sentence says "on
Saturday" or that it "stayed on strongly"; "on" makes the name a rider only before a horse's
name ("won on Galopin Des Champs")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_horse_that_won_by_lengths_on_a_saturday_is_no_one() -> None:
    people = people_in(
        "Harry Lorimer stayed on strongly to win the Aintree Hurdle by four lengths on Saturday,"
        " giving trainer Howard Pennock his first Grade One success.",
        "Pennock said Harry Lorimer would now be aimed at next year's Champion Hurdle.",
    )
    assert people == {"Howard Pennock"}


def test_a_horse_that_won_by_lengths_on_boxing_day_is_no_one() -> None:
    people = people_in(
        "Nick Rockett won the King George VI Chase by three lengths on Boxing Day.",
        "Trainer Tom Hale said Nick Rockett had jumped well.",
    )
    assert people == {"Tom Hale"}


def test_a_jockey_who_won_on_a_horse_by_a_neck_stays_a_person() -> None:
    people = people_in(
        "Paul Townend won on Galopin Des Champs by a neck on Sunday.",
        "Paul Townend said the horse had been brave.",
    )
    assert people == {"Paul Townend"}
