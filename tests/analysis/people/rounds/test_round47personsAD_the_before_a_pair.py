"""Round 47 (personsAD): two given names and one surname after "the" are a thing's one name
("A new lifeboat has been named the Peter and Margaret Shaw"), as people's names take no
article; "Bernard and Laura Ashley founded the firm" still names two people."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_two_given_names_and_a_surname_after_the_are_no_one() -> None:
    assert people_in(
        "A new lifeboat has been named the Peter and Margaret Shaw by the RNLI in Whitby.",
        "Coxswain Mark Taylor said the crew were thrilled.",
    ) == {"Mark Taylor"}


def test_two_given_names_and_a_surname_with_no_the_are_two_people() -> None:
    assert {"Bernard Ashley", "Laura Ashley"} <= people_in(
        "Bernard and Laura Ashley founded the firm in 1953.",
    )
