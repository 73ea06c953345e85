"""Round 46 (personsAC): a one-word name after a club's manager's noun that says "he" or "she"
is a manager named by surname ("Brighton boss Hurzeler said he"); a firm's manager that says
"it", or a club that says "he", stays no one."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def test_a_clubs_boss_named_by_surname_saying_he_is_a_person() -> None:
    assert "Zwolinski" in _people(
        "Stoke boss Zwolinski said he was proud of his players after the draw at Hull.",
    )


def test_a_clubs_head_coach_or_manager_saying_she_is_a_person() -> None:
    assert "Okonkwo-Bray" in _people(
        "Chelsea Women head coach Okonkwo-Bray said she had no complaints.",
    )
    assert "Vendramin" in _people(
        "Leeds manager Vendramin said he would not rush the striker back.",
    )


def test_a_firm_or_a_club_saying_it_or_he_stays_no_one() -> None:
    assert "Quarrington" not in _people(
        "Fund manager Quarrington said it had sold its stake in the miner.",
    )
    assert "Brighton" not in _people(
        "Brighton said he would miss six weeks with a hamstring injury.",
    )
