"""Round 48 (personsAE): one word after a preposition and before "said" is where or of what the
speaker before it is ("Police in Kendal said"), no person; one that speaks itself ("Adele said
she") stays one."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_town_after_in_before_said_is_no_person() -> None:
    people = people_in(
        "Police in Kendal said a man had been arrested after the crash.",
        "Inspector Ruth Dale said inquiries were continuing.",
    )
    assert "Kendal" not in people
    assert "Ruth Dale" in people


def test_a_town_after_at_before_said_is_no_person() -> None:
    assert "Beverley" not in people_in(
        "Campaigners at Beverley said the plan would ruin the market square.",
    )


def test_a_lone_name_that_speaks_stays_a_person() -> None:
    assert "Adele" in people_in("Adele said she was thrilled with the reaction to the album.")
