"""Round 50 (personsAF): a name before "vs" and "The" in capitals opens a work's title ("Mr Bates
vs The Post Office"), no person; a bout's two fighters stay people."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_titles_first_side_is_no_person() -> None:
    people = people_in(
        "Mrs Hobbs vs The Water Board won the award for best single drama on Sunday.",
        "Its writer, Tamsin Reeve, said the cast had been wonderful.",
    )
    assert not any("Hobbs" in p for p in people)
    assert "Tamsin Reeve" in people


def test_a_bouts_fighters_stay_people() -> None:
    people = people_in(
        "Dillian Whyte vs Joe Joyce will top the bill at Wembley in June.",
        "Whyte said he was ready.",
    )
    assert "Dillian Whyte" in people
    assert "Joe Joyce" in people
