"""Round 46 (personsAC): the names of a list right after a body's noun in the plural are bodies
("Retailers Ted Baker, Jack Wills and Karen Millen have struggled"); people listed after a
person's noun in the plural, or marked as people, stay people."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_names_listed_after_retailers_are_firms() -> None:
    assert not people_in(
        "Retailers Harriet Pell, Oscar Blythe and Mabel Ferne have all been bought this year.",
    )


def test_two_names_after_rival_chains_are_firms() -> None:
    assert not people_in(
        "Rival chains Rupert Gale and Edith Wynn have closed 40 shops between them.",
    )


def test_people_listed_after_a_persons_noun_stay_people() -> None:
    assert people_in(
        "Fellow judges Harriet Pell and Oscar Blythe will return next year.",
    ) == {"Harriet Pell", "Oscar Blythe"}
