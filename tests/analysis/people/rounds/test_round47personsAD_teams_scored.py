"""Round 47 (personsAD): a name ending in a plural English word that "scored" is a team, not a
player ("Wycombe Wanderers scored twice"); "Kyle Ferris scored twice" stays a player."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def test_a_team_ending_in_a_plural_that_scored_is_no_one() -> None:
    assert _people(
        "Wycombe Wanderers scored twice in the first half to win 2-0 at Stevenage.",
        "Manager Mike Dodds said his side had been excellent.",
    ) == {"Mike Dodds"}


def test_a_player_who_scored_stays_a_person() -> None:
    assert "Kyle Ferris" in _people(
        "Kyle Ferris scored twice in the first half to win the game for Stevenage.",
    )
