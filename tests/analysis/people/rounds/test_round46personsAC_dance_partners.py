"""Round 46 (personsAC): a full name right after a verb of dancing and "with", or after
"partnered by", is a dancer's partner, a person, whatever lists hold its given name."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_name_danced_with_is_a_partner() -> None:
    assert "Matjaz Hrovatinec" in people_in(
        "Chris Rowe will dance with Matjaz Hrovatinec this year.",
    )


def test_a_name_partnered_by_is_a_partner() -> None:
    assert "Bostjan Skrbinsek" in people_in(
        "The former goalkeeper will be partnered by Bostjan Skrbinsek.",
    )
