"""Round 47 (personsAD): a full name said of ("Ben Wadey has said Phil Mitchell will find love
again") whom the next sentence's actor "has played the character" is the character, not a
person; the one who said it stays a person, and a name said of with no actor after it stays
a person too."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_name_said_of_then_played_by_an_actor_is_a_character() -> None:
    assert people_in(
        "EastEnders boss Ben Wadey has said Phil Mitchell will find love again in the new year.",
        "Steve McFadden has played the character since 1990.",
        "Wadey said Phil would be tested like never before.",
    ) == {"Ben Wadey", "Steve McFadden"}


def test_a_name_said_of_with_no_actor_after_it_stays_a_person() -> None:
    assert "Tom Harding" in people_in(
        "Club chairman Ben Wadey has said Tom Harding will find a new club in the new year.",
        "Harding has played for the club since 2019.",
    )
