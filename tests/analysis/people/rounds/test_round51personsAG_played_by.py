"""Round 51 (personsAG): the subject of a clause closing on ", played by" an actor, and a name
played "since" a year, are parts, no people; "Jane Austen's hero, played by" leaves the author a
person, as an opponent played "in the final" stays one."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_the_subject_of_a_clause_played_by_an_actor_is_a_part() -> None:
    people = people_in(
        "Executive producer Ben Wadey said the show would mark its anniversary.",
        "He said Phil Mitchell would return in January, played by Steve McFadden.",
    )
    assert "Phil Mitchell" not in people
    assert "Steve McFadden" in people


def test_a_name_played_since_a_year_is_a_part() -> None:
    people = people_in(
        "William Roache is to leave Coronation Street, where he has played Ken Barlow since 1960.",
    )
    assert "Ken Barlow" not in people
    assert "William Roache" in people


def test_an_author_whose_hero_is_played_stays_a_person() -> None:
    people = people_in(
        "Jane Austen's hero, played by Colin Firth in the 1995 series, beat Heathcliff.",
    )
    assert "Jane Austen" in people


def test_an_opponent_played_in_a_final_stays_a_person() -> None:
    people = people_in("Tom Smith, who played Andy Murray in the final, said he was tired.")
    assert "Andy Murray" in people
