"""Round 54 (personsAJ): a name right before a drink's noun ("Captain Morgan rum", "Johnnie Walker
whisky") is a brand of that drink, no person; "Tom Harrow drank gin" keeps Tom Harrow."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_titled_name_before_rum_is_a_brand() -> None:
    people = people_in(
        "Sales of Captain Morgan rum rose 14% in the United States last year, Diageo said.",
        "Chief executive Paul Walsh said the group would spend more on marketing.",
    )
    assert people == {"Paul Walsh"}


def test_a_brand_of_rum_beside_another_brand_is_no_person() -> None:
    people = people_in(
        "Smirnoff is now sold in more than 200 countries, while Captain Morgan rum also grew.",
    )
    assert people == set()


def test_a_man_who_drank_gin_is_a_person() -> None:
    people = people_in(
        "Tom Harrow drank gin with Sir Harry Fairbrother at the club, his friend Ann Lee said.",
    )
    assert people == {"Tom Harrow", "Harry Fairbrother", "Ann Lee"}
