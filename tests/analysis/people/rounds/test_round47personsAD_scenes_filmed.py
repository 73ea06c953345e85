"""Round 47 (personsAD): a name after "scenes as", a verb of filming shortly before, is the part
("has filmed his final scenes as Tony Hutchinson"); "chaotic scenes as Tom Smith left court"
names a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_name_after_filmed_scenes_as_is_a_part() -> None:
    assert "Gemma Thorne" not in people_in(
        "Alison Reed has filmed her last scenes as Gemma Thorne after 12 years on the soap.",
        "Reed said it was the right time to go.",
    )


def test_a_name_after_scenes_with_nothing_filmed_stays_a_person() -> None:
    assert "Tom Prescott" in people_in(
        "There were chaotic scenes as Tom Prescott left court on Monday.",
    )
