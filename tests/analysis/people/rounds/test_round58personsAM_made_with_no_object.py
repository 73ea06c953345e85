"""Round 58 (personsAM): a name that took a time, or was hard, to make, with nothing after the
verb of making, is the work made ("Vera Drake had taken two years to make")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_prize_winning_film_that_took_two_years_to_make_is_no_one() -> None:
    people = people_in(
        "Vera Drake has won the Golden Lion at the Venice film festival.",
        "Mike Leigh said Vera Drake had taken two years to make.",
    )
    assert people == {"Mike Leigh"}


def test_a_film_that_had_been_hard_to_finance_is_no_one() -> None:
    people = people_in(
        "Kinsey opened in UK cinemas on Friday.",
        "Bill Condon said Kinsey had been hard to finance.",
    )
    assert people == {"Bill Condon"}


def test_a_director_who_took_two_years_to_make_a_film_stays_a_person() -> None:
    people = people_in(
        "Mike Leigh took two years to make the film.",
        "Tom Smith said Wayne Rooney was hard to replace.",
    )
    assert people == {"Mike Leigh", "Tom Smith", "Wayne Rooney"}
