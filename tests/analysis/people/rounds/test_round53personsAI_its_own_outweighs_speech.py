"""Round 53 (personsAI): a name that opens its clause and does something to "its" own a few
words after its verb ("has agreed to sell its German airline", "is to cut 120 jobs at its
Guildford plant") is a firm, and that outweighs one plain "Thomas Cook said"; "its" after another
noun's "the" or an "and" may be that noun's, and a person stays a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_firm_selling_its_own_airline_is_no_person_though_it_speaks() -> None:
    people = people_in(
        "Thomas Cook has agreed to sell its German airline to a rival for £90m.",
        "Thomas Cook said the sale would let it concentrate on package holidays.",
    )
    assert people == set()


def test_a_firm_cutting_jobs_at_its_own_plant_is_no_person() -> None:
    people = people_in(
        "Alexander Dennis is to cut 120 jobs at its Guildford plant.",
        "Alexander Dennis said Falkirk would not be affected.",
        "Plant manager Colin Robey said the decision had been painful.",
    )
    assert people == {"Colin Robey"}


def test_its_after_another_noun_leaves_a_person() -> None:
    people = people_in(
        "Tom Hale has agreed to sell the club and its ground to a developer.",
        "Tom Hale said the sale was the right thing for the town.",
    )
    assert people == {"Tom Hale"}
