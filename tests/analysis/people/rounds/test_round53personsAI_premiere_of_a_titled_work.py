"""Round 53 (personsAI): a name with a courtesy title right after "the premiere of" or "a
revival of" is a work's title, as no one is premiered ("Lady Vengeance"); a titled person's
possessive after it stays a person ("the premiere of Sir Peter Jackson's new film")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_titled_name_after_the_premiere_of_is_a_film() -> None:
    people = people_in(
        "Actress Lee Young-ae has arrived in London for the premiere of Lady Vengeance.",
    )
    assert people == {"Lee Young-ae"}


def test_a_titled_persons_possessive_after_the_premiere_of_stays_a_person() -> None:
    people = people_in("Guests arrived for the premiere of Sir Peter Jackson's new film.")
    assert people == {"Peter Jackson"}
