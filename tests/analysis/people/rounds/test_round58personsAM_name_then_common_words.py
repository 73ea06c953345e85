"""Round 58 (personsAM): a given name and a word that go on in two common words or more, all in
capitals, are a work's title, no person ("Lara Croft Tomb Raider")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_game_titled_after_its_heroine_is_no_one() -> None:
    people = people_in(
        "The first titles will include Lara Croft Tomb Raider and Max Payne, the company said.",
        "Graham Lister, 3's head of content, said games were the most popular download.",
    )
    assert people == {"Graham Lister"}


def test_a_name_of_four_names_stays_a_person() -> None:
    people = people_in(
        "George Herbert Walker Bush said the library would open next year.",
        "Helena Bonham Carter said she had enjoyed the part.",
    )
    assert people == {"George Herbert Walker Bush", "Helena Bonham Carter"}
