"""Round 59 (personsAN): names that "have also reported" weaker demand report a firm's figures
("Burberry and Paul Smith have also reported weaker demand in China")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_labels_that_have_reported_weaker_demand_are_no_one() -> None:
    people = people_in(
        "Chief executive Andrea Baldo said the brand had lost its way.",
        "Burberry and Paul Smith have also reported weaker demand in China.",
    )
    assert people == {"Andrea Baldo"}


def test_an_analyst_who_speaks_of_demand_stays_someone() -> None:
    people = people_in("Jane Hill said demand for handbags had weakened in China.")
    assert people == {"Jane Hill"}
