"""Round 51 (personsAG): a name taken up next as "The former business secretary" is a person (a
job after the firm's noun), as one taken up as "The company" stays a firm."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_name_taken_up_as_the_business_secretary_is_a_person() -> None:
    people = people_in(
        "Jacob Rees-Mogg is to present a new nightly programme on GB News.",
        'The former business secretary said the show would be "unashamedly opinionated".',
    )
    assert "Jacob Rees-Mogg" in people


def test_a_name_taken_up_as_the_company_is_a_firm() -> None:
    people = people_in(
        "Jimmy Choo had a hard year in China.",
        "The company blamed weak sales of its shoes.",
    )
    assert "Jimmy Choo" not in people
