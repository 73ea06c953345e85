"""Round 48 (personsAE): a given name and a body's last word that is only a rare surname ("Alba
Party said") is the body, no person; a common surname that ends a place's name too ("Nick Park
said") stays a person's."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_party_that_speaks_is_no_person() -> None:
    people = people_in(
        "Alba Party said it would stand candidates in every seat.",
        "Its general secretary, Chris McEleny, said the party was ready.",
    )
    assert "Alba Party" not in people
    assert "Chris McEleny" in people


def test_a_common_surname_like_a_places_stays_a_person() -> None:
    assert "Nick Park" in people_in("Nick Park said the new film would be his last.")
