"""Round 54 (personsAJ): a name whose verb's object is a plural noun that "it" offers or runs in
a clause of its own ("Thomas Cook is to cut the number of holidays it offers") is a firm, which
outweighs one plain speech; "it" that a body's noun in the sentence may stand for ("Tom Hale is to
sell the paintings it houses, the museum said") keeps the person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_firm_cutting_what_it_offers_is_no_person() -> None:
    people = people_in(
        "Thomas Cook is to cut the number of holidays it offers this summer after a fall in "
        "bookings to Spain.",
        "Thomas Cook said it had sold 4% fewer package holidays than a year ago.",
        "Travel analyst Nigel Reed said the industry had too many seats.",
    )
    assert people == {"Nigel Reed"}


def test_it_standing_for_a_museum_keeps_the_person() -> None:
    people = people_in("Tom Hale is to sell the paintings it houses, the museum said.")
    assert people == {"Tom Hale"}


def test_as_it_stands_keeps_the_person() -> None:
    people = people_in(
        "Tom Hale is in the squad as it stands.",
        "Tom Hale said he was fit.",
    )
    assert people == {"Tom Hale"}
