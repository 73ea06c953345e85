"""Round 57 (personsAL): an occupation's noun in the plural opening a sentence is cut from the
first name it lists ("Presenters Ant McPartlin and Declan Donnelly" are two people)."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_presenters_listed_after_their_plural_are_both_people() -> None:
    people = people_in(
        "Presenters Ant McPartlin and Declan Donnelly have signed a new two-year deal with ITV.",
    )
    assert people == {"Ant McPartlin", "Declan Donnelly"}


def test_comedians_and_actresses_listed_after_their_plural_are_people() -> None:
    people = people_in(
        "Comedians Vic Reeves and Bob Mortimer are to return to BBC Two.",
        "Actresses Judi Dench and Maggie Smith will star in the film.",
    )
    assert people == {"Vic Reeves", "Bob Mortimer", "Judi Dench", "Maggie Smith"}


def test_housebuilders_listed_after_their_plural_stay_firms() -> None:
    people = people_in(
        "Housebuilders Taylor Woodrow and George Wimpey have confirmed merger talks.",
        "George Wimpey said the combined group would build 22,000 homes a year.",
    )
    assert people == set()
