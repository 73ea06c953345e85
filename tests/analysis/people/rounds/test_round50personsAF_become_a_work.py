"""Round 50 (personsAF): a name that "has become", "became" or "remains" a work's noun, maybe
after a qualifier in capitals ("has become the first West End musical to"), is the work, no
person; someone who "has become the first Labour leader" or "the first British woman" stays one."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_name_that_has_become_a_musical_is_the_work() -> None:
    people = people_in(
        "Eliza Hart has become the first West End musical to sell out a whole year ahead.",
        "Producer Ian Dale said the show had never been more popular.",
    )
    assert "Eliza Hart" not in people
    assert "Ian Dale" in people


def test_a_name_that_remains_a_drama_is_the_work() -> None:
    people = people_in(
        "Ruth Rendell remains the most watched drama on the channel this year.",
        "Its writer, Ian Dale, said he was delighted.",
    )
    assert "Ruth Rendell" not in people


def test_someone_who_has_become_the_first_leader_stays_a_person() -> None:
    people = people_in(
        "Tom Harper has become the first Labour leader to win the seat.",
        "Anna Lund has become the first British woman to win the title.",
    )
    assert {"Tom Harper", "Anna Lund"} <= people
