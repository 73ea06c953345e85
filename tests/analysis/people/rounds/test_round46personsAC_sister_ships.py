"""Round 46 (personsAC): in an article about a ship whose name a royal's title opens, the other
names after a royal's title alone are its sister ships ("Queen Mary 2 and Queen Victoria"),
unless a royal speaks or acts in their sentence ("Queen Camilla named the ship")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_royal_names_beside_a_ship_are_sister_ships() -> None:
    assert people_in(
        "The liner Queen Matilda left Liverpool on her first world cruise on Monday.",
        "Queen Adela and Queen Rosamund will follow her in the autumn.",
        "The line's president, Orla Byrne, said bookings were at a record.",
    ) == {"Orla Byrne"}


def test_a_royal_title_joined_to_a_numbered_ship_is_a_ship() -> None:
    assert "Adela" not in people_in(
        "Queen Matilda 2 and Queen Adela will sail from Southampton next week.",
        "The fleet is the largest the line has had.",
    )


def test_a_royal_who_names_the_ship_stays_a_person() -> None:
    assert "Camilla" in people_in(
        "The liner Queen Matilda was named in Southampton on Tuesday.",
        "Queen Camilla named the ship and said she was honoured.",
    )
