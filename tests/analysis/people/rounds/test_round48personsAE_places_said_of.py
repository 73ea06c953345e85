"""Round 48 (personsAE): one word said of after "said" that ISO 3166 gives a region is the place
("Rolls-Royce said Sheffield would host"), no person; a person of that surname named in full
elsewhere in the article stays one."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_place_said_of_is_no_person() -> None:
    people = people_in(
        "The engineering group said Sheffield would host a new factory, with 500 jobs.",
        "Works manager Ian Hale said staff were delighted.",
    )
    assert "Sheffield" not in people
    assert "Ian Hale" in people


def test_a_person_named_like_the_place_stays_one() -> None:
    people = people_in(
        "Kevin Sheffield, 54, has been named chairman of the trust.",
        "The trust said Sheffield would lead the search for a new site.",
    )
    assert "Kevin Sheffield" in people
