"""Round 47 (personsAD): restaurants, pubs and bakeries are bodies, so a name in commas after
"The restaurant," is the restaurant ("The restaurant, Bob Bob Ricard, said it would
investigate"); "The chef, Tom Kerridge, said" stays a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_name_after_the_restaurant_in_commas_is_no_one() -> None:
    assert people_in(
        "Presenter Rylan Clark said he had been turned away from a restaurant in Soho.",
        "The restaurant, Bob Bob Ricard, said it would investigate.",
    ) == {"Rylan Clark"}


def test_a_name_after_the_pub_in_commas_is_no_one() -> None:
    assert "Jack Tarrant" not in people_in(
        "The pub, Jack Tarrant, said it would reopen in the spring.",
    )


def test_a_name_after_the_chef_in_commas_stays_a_person() -> None:
    assert "Tom Kerridge" in people_in(
        "The chef, Tom Kerridge, said he would open a second restaurant.",
    )
