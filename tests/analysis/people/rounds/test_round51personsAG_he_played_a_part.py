"""Round 51 (personsAG): a full name after "He played" or "She plays" opening a sentence, when the
sentence before names an actor, is the part (a soap's character), no person; after a player
("Jack Draper … He played Roger Federer") it stays a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_the_part_an_actor_played_is_no_person() -> None:
    people = people_in(
        "Actor Danny Dyer has said he is ready for a change after leaving EastEnders.",
        "He played Mick Carter, landlord of the Queen Vic, from 2013.",
        "Mick Carter was last seen falling from a cliff on Christmas Day.",
    )
    assert "Mick Carter" not in people
    assert "Danny Dyer" in people


def test_the_part_an_actress_plays_is_no_person() -> None:
    people = people_in(
        "Coronation Street actress Sue Cleaver has won best actress at the soap awards.",
        "She plays Eileen Grimshaw, who has been in the soap since 2000.",
    )
    assert "Eileen Grimshaw" not in people
    assert "Sue Cleaver" in people


def test_an_opponent_a_player_played_stays_a_person() -> None:
    people = people_in(
        "Jack Draper has reached the final at Queen's.",
        "He played Roger Federer in the semi-final.",
    )
    assert "Roger Federer" in people
