"""Round 47 (personsAD): a name ending in a plural English word that "scored" is a team, not a
player ("Wycombe Wanderers scored twice"); "Kyle Ferris scored twice" stays a player."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_team_ending_in_a_plural_that_scored_is_no_one() -> None:
    assert people_in(
        "Wycombe Wanderers scored twice in the first half to win 2-0 at Stevenage.",
        "Manager Mike Dodds said his side had been excellent.",
    ) == {"Mike Dodds"}


def test_a_player_who_scored_stays_a_person() -> None:
    assert "Kyle Ferris" in people_in(
        "Kyle Ferris scored twice in the first half to win the game for Stevenage.",
    )
