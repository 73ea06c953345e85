"""Round 47 (personsAD): "has filmed", "has directed", "has launched" are active — the subject
did it, and people do — so they give no work's or firm's hint ("Nick Pickard has filmed his
final scenes"); the passive ("has been filmed") and what a body does of itself ("has floated")
still do."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_full_name_that_has_filmed_its_scenes_is_a_person() -> None:
    assert people_in(
        "Alison Reed has filmed her final scenes after 12 years on Hollyoaks.",
        "Reed said it was the right time to go.",
    ) == {"Alison Reed"}


def test_a_work_that_has_been_filmed_is_no_one() -> None:
    assert "Peter Pan" not in people_in(
        "Peter Pan has been filmed in Cornwall for the BBC.",
    )
