"""Round 57 (personsAL): names listed after a body's noun in the plural opening the sentence are
bodies of that kind even when the list's other name was read as no one's ("Brewers Greene King
and Shepherd Neame"), and one with no known given name stays no one's where it speaks."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_the_last_brewer_after_a_name_read_as_no_ones_is_a_brewer() -> None:
    people = people_in(
        "Brewers Greene King and Shepherd Neame have both reported higher sales over the summer.",
        "Shepherd Neame said the hot weather had helped its pubs in Kent. Greene King chief"
        " executive Rooney Anand said the firm was on track.",
    )
    assert people == {"Rooney Anand"}


def test_the_first_brewer_before_a_name_read_as_no_ones_is_a_brewer() -> None:
    people = people_in(
        "Brewers Shepherd Neame and Greene King have both reported higher sales over the summer.",
        "Shepherd Neame said the hot weather had helped its pubs in Kent.",
    )
    assert people == set()


def test_a_man_hired_by_the_brewers_is_a_person() -> None:
    people = people_in(
        "Brewers Greene King and Shepherd Neame have hired Palaniappan Chidambaram to advise them.",
        "Palaniappan Chidambaram said the talks were going well.",
    )
    assert people == {"Palaniappan Chidambaram"}


def test_retailers_named_with_given_names_stay_retailers() -> None:
    people = people_in(
        "Retailers Ted Baker and Jack Wills have agreed to share a warehouse in Leicester.",
        "Jack Wills said the deal would save it £2m a year.",
    )
    assert people == set()
