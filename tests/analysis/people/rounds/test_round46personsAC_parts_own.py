"""Round 46 (personsAC): after an actor's "who plays", a part whose own kin or other self the
clause goes on to name ("who plays Nell Tarrant and her twin sister Cora,") is a part; a player
"who plays" a rival "and his big serve next," stays a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_part_and_its_own_named_other_is_a_part() -> None:
    people = people_in(
        "Imelda Croft, who plays Nell Tarrant and her twin sister Cora Tarrant, leaves in May.",
    )
    assert "Imelda Croft" in people
    assert "Nell Tarrant" not in people


def test_a_rival_and_his_serve_stays_a_person() -> None:
    assert "Tobias Lindqvist" in people_in(
        "Ollie Marsh, who plays Tobias Lindqvist and his big serve next, said he was ready.",
    )
