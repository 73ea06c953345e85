"""Round 46 (personsAC): a full name right after "wholesaler", a body's noun, is a firm ("Drinks
wholesaler Matthew Clark has collapsed"); a person who runs one, named after a job, stays a
person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_name_after_wholesaler_is_a_firm() -> None:
    assert people_in(
        "Food wholesaler Henry Gannet has collapsed, leaving cafes short of supplies.",
        "Cafe owner Rhiannon Price said she had been let down.",
    ) == {"Rhiannon Price"}


def test_a_wholesalers_boss_stays_a_person() -> None:
    assert "Henry Gannet" in people_in(
        "The wholesaler's chief executive Henry Gannet said he was confident of a rescue.",
    )
