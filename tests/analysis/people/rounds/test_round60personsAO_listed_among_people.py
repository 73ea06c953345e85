"""Round 60 (personsAO): one-word names listed after a plural noun for people and "like", "such
as" or "including" are people ("classical authors like Cicero, Virgil and Tacitus"); those after
a plural noun for bodies stay no one."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_lone_names_listed_after_authors_like_are_people() -> None:
    people = people_in(
        "There are more manuscripts of the gospels than of classical authors like Quelmidor,"
        " Vastrenius and Ombrax.",
    )
    assert people == {"Quelmidor", "Vastrenius", "Ombrax"}


def test_lone_names_listed_after_footballers_such_as_are_people() -> None:
    people = people_in("Brazilian footballers such as Trevasko and Ombrelio earn millions.")
    assert people == {"Trevasko", "Ombrelio"}


def test_lone_names_listed_after_retailers_stay_no_one() -> None:
    people = people_in("Retailers such as Trevasko and Ombrelio had a good Christmas.")
    assert people == set()


def test_full_names_listed_after_novelists_such_as_are_people() -> None:
    people = people_in(
        "The shortlist includes novelists such as Tovaro Quelmidas and Ombrax Velenti.",
    )
    assert people == {"Tovaro Quelmidas", "Ombrax Velenti"}
