"""Round 47 (personsAD): a name after an actor "back on set", "back on screen" or "back on our
screens as" is the part ("Letitia Dean is back on set as Sharon Watts"); "back on the pitch as
Tom Smith was injured" names no part."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_name_after_back_on_set_as_is_a_part() -> None:
    assert people_in(
        "Joanna Pelling is back on set as Maureen Dobbs after a short break from the soap.",
        "Pelling said she was glad to be home.",
    ) == {"Joanna Pelling"}


def test_a_name_after_back_on_screen_as_is_a_part() -> None:
    assert people_in(
        "Harriet Kemp is back on screen as Lorna Biggs.",
        "Kemp said she had missed the cast.",
    ) == {"Harriet Kemp"}


def test_a_player_named_after_a_clause_of_as_stays_a_person() -> None:
    assert "Tom Smith" in people_in(
        "Dan Cole was back on the pitch as Tom Smith was injured in the first half.",
    )
