"""Round 46 (personsAC): a one-word name after a club's manager's noun that says "he" or "she"
is a manager named by surname ("Brighton boss Hurzeler said he"); a firm's manager that says
"it", or a club that says "he", stays no one."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_clubs_boss_named_by_surname_saying_he_is_a_person() -> None:
    assert "Zwolinski" in people_in(
        "Stoke boss Zwolinski said he was proud of his players after the draw at Hull.",
    )


def test_a_clubs_head_coach_or_manager_saying_she_is_a_person() -> None:
    assert "Okonkwo-Bray" in people_in(
        "Chelsea Women head coach Okonkwo-Bray said she had no complaints.",
    )
    assert "Vendramin" in people_in(
        "Leeds manager Vendramin said he would not rush the striker back.",
    )


def test_a_firm_or_a_club_saying_it_or_he_stays_no_one() -> None:
    assert "Quarrington" not in people_in(
        "Fund manager Quarrington said it had sold its stake in the miner.",
    )
    assert "Brighton" not in people_in(
        "Brighton said he would miss six weeks with a hamstring injury.",
    )
