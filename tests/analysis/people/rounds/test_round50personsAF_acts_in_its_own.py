"""Round 50 (personsAF): a full name that "said it would reopen cafes in 12 of its department
stores" speaks of itself as a firm, no person; "said it would close in May" (a thing that closes)
leaves a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_firm_that_acts_in_its_own_stores_is_no_person() -> None:
    people = people_in(
        "Harvey Moss said it would reopen cafes in 12 of its department stores next year.",
        "Executive director Ian Pike said customers had asked for them back.",
    )
    assert "Harvey Moss" not in people
    assert "Ian Pike" in people


def test_a_thing_that_closes_leaves_the_speaker_a_person() -> None:
    people = people_in(
        "Harvey Moss said it would close in May after the end of its lease on the site.",
    )
    assert "Harvey Moss" in people
