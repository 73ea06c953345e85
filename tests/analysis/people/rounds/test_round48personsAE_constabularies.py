"""Round 48 (personsAE): a county's "Constabulary" is a police force when it speaks ("Durham
Constabulary said"), no person, as "Police" is."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_constabulary_that_speaks_is_no_person() -> None:
    people = people_in(
        "Durham Constabulary said a 41-year-old man had been charged with theft.",
        "Detective Sergeant Lisa Howe said the force thanked the public.",
    )
    assert "Durham Constabulary" not in people
    assert "Lisa Howe" in people
