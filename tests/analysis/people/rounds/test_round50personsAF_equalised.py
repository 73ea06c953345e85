"""Round 50 (personsAF): a full name that "equalised", "levelled" or "also scored" is a player,
as one that "scored" is; a team named with a plural word that equalised stays no person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_players_who_equalise_level_or_also_score_are_people() -> None:
    people = people_in(
        "Kwabena Asante levelled from the penalty spot just before half-time.",
        "Ibrahima Ndour equalised with a header in stoppage time.",
        "Yaw Boateng also scored.",
    )
    assert {"Kwabena Asante", "Ibrahima Ndour", "Yaw Boateng"} <= people


def test_a_team_that_equalised_stays_no_person() -> None:
    people = people_in("Forest Green Rovers equalised with ten minutes left.")
    assert "Forest Green Rovers" not in people


def test_a_player_who_gave_his_side_the_lead_is_a_person() -> None:
    people = people_in("Kwabena Asante gave the Mariners an early lead with a volley.")
    assert "Kwabena Asante" in people
