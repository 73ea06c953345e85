"""Round 60 (personsAO): a full name, its first word no known given name, that sets a world record
or wins a world title is an athlete ("Tirunesh Dibaba set a new world record")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_name_that_set_a_world_record_is_someone() -> None:
    people = people_in(
        "Ethiopia's Tovaro Quelmidas set a new world record in the 5,000m in Boston."
    )
    assert people == {"Tovaro Quelmidas"}


def test_a_name_that_won_the_world_title_is_someone() -> None:
    people = people_in("Oberlin Trevasco won the world title at the Crucible in May.")
    assert people == {"Oberlin Trevasco"}


def test_a_firm_that_set_a_sales_record_is_no_one() -> None:
    people = people_in("Drinks group Pernod Ricard set a new record for sales in China.")
    assert people == set()
