"""Round 60 (personsAO): two words in no dictionary after a people's word and a sportsperson's word
name the athlete ("Brazilian winner Jadel Gregorio"), as after a people's word alone."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_nationals_winner_is_someone() -> None:
    people = people_in(
        "Her leap was 37cm short of Brazilian winner Tovaro Quelmidas's effort in Madrid.",
    )
    assert people == {"Tovaro Quelmidas"}


def test_a_nationals_carmaker_is_no_one() -> None:
    people = people_in("Japanese carmaker Nissan Motor said profits rose by 12%.")
    assert people == set()
