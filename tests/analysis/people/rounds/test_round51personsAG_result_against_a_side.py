"""Round 51 (personsAG): a manager by surname who "said" a side of a match told only by its result
against a side ("their win over Everton", "his hat-trick against Brentford") is a person; a party
that "said" a side won "over the Conservatives" (no side in capitals after it) stays no one."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_manager_who_speaks_of_a_side_after_its_win_over_another() -> None:
    people = people_in(
        "Slot said Liverpool had deserved their win over Everton in the derby.",
        "Mohamed Salah scored twice in the second half.",
    )
    assert "Slot" in people


def test_a_manager_who_speaks_of_a_player_after_his_hat_trick_against_a_side() -> None:
    people = people_in(
        'Guardiola said Foden was "the best in England" after his hat-trick against Brentford.',
        "Phil Foden has scored 11 goals in nine games.",
    )
    assert "Guardiola" in people


def test_a_party_that_speaks_of_a_win_over_the_conservatives_is_no_one() -> None:
    people = people_in(
        "Reform said Labour had not deserved its win over the Conservatives in Runcorn."
    )
    assert "Reform" not in people
