"""Round 48 (personsAE): the Welsh "ap" between a given name and a surname is a particle of one
name ("Rhun ap Iorwerth"), as "van" and "de" are, not two people."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_ap_joins_one_name() -> None:
    people = people_in("Plaid Cymru leader Rhun ap Iorwerth said the budget was a missed chance.")
    assert "Rhun ap Iorwerth" in people
    assert "Rhun" not in people
    assert "Iorwerth" not in people
