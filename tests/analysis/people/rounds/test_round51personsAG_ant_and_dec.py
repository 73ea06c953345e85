"""Round 51 (personsAG): "Dec" joined by "and" to a person with no number beside it is the pair's
second name ("said Ant and Dec were the perfect fit"), no December; "in Nov and Dec 2024" stays a
date."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_dec_of_a_double_act_is_a_person() -> None:
    people = people_in(
        "Ant and Dec will host the Brit Awards at the O2 Arena in March.",
        'Brits chairman Rebecca Allen said Ant and Dec were "the perfect fit".',
    )
    assert {"Ant", "Dec"} <= people


def test_dec_of_a_date_is_no_one() -> None:
    people = people_in("Chief executive Tom Hale said sales rose in Nov and Dec 2024.")
    assert people == {"Tom Hale"}
