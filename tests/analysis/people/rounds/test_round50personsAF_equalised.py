"""Round 50 (personsAF): a full name that "equalised", "levelled" or "also scored" is a player,
as one that "scored" is; a team named with a plural word that equalised stays no person."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def test_players_who_equalise_level_or_also_score_are_people() -> None:
    people = _people(
        "Kwabena Asante levelled from the penalty spot just before half-time.",
        "Ibrahima Ndour equalised with a header in stoppage time.",
        "Yaw Boateng also scored.",
    )
    assert {"Kwabena Asante", "Ibrahima Ndour", "Yaw Boateng"} <= people


def test_a_team_that_equalised_stays_no_person() -> None:
    people = _people("Forest Green Rovers equalised with ten minutes left.")
    assert "Forest Green Rovers" not in people


def test_a_player_who_gave_his_side_the_lead_is_a_person() -> None:
    people = _people("Kwabena Asante gave the Mariners an early lead with a volley.")
    assert "Kwabena Asante" in people
