"""Round 51 (personsAG): one word that speaks past a "who" clause and says "she" or "he" is
someone known by one name ("Raye, who won six Brit Awards, said she was overwhelmed"); "Leeds,
who are top of the league, said he would stay" stays a side."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_one_name_who_said_she_is_a_person() -> None:
    people = people_in('Raye, who won six Brit Awards in March, said she was "overwhelmed".')
    assert "Raye" in people


def test_a_side_who_are_top_is_no_person() -> None:
    people = people_in("Leeds, who are top of the league, said he would stay until the summer.")
    assert "Leeds" not in people
