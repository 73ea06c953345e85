"""Round 58 (personsAM): letters in capitals in the plural before a given name ("MPs", "MEPs")
are cut from the name they list ("Labour MPs Angela Eagle and Maria Eagle" are two people)."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_twin_mps_listed_after_labour_mps_are_both_people() -> None:
    people = people_in(
        "Labour's twin sister MPs Angela Eagle and Maria Eagle have split over identity cards.",
    )
    assert people == {"Angela Eagle", "Maria Eagle"}


def test_meps_and_qcs_listed_after_their_letters_are_people() -> None:
    people = people_in(
        "Tory MEPs Daniel Hannan and Roger Helmer said the treaty should be put to a vote.",
        "Senior QCs Michael Mansfield and Helena Kennedy backed the appeal.",
    )
    assert people == {"Daniel Hannan", "Roger Helmer", "Michael Mansfield", "Helena Kennedy"}
