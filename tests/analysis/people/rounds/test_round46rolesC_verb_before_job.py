"""Round 46 (rolesC): a job read back before a name stops at a past verb after its subject's
noun ("the Denver resident grabbed reporter" → "reporter") or after a relative pronoun ("which
prompted husband" → "husband"), and at a verb in "-ing" after its object pronoun ("showed him
grabbing reporter"); a participle before a job stays part of it."""

from __future__ import annotations

import pytest

from tests.analysis.people.passages import roles_in


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "Police said a video showed the Denver resident grabbed reporter Alice Munro by the arm.",
            "Alice Munro",
            "reporter",
        ),
        (
            "The senator had been texting again, which prompted husband Dale Fenwick to leave.",
            "Dale Fenwick",
            "husband",
        ),
        (
            "A tape showed him grabbing reporter Lena Marsh by the arm outside the hall.",
            "Lena Marsh",
            "reporter",
        ),
        (
            "Retired Army colonel Ann Pike said the plan would fail.",
            "Ann Pike",
            "Retired Army colonel",
        ),
    ],
)
def test_a_verb_is_no_part_of_the_job_before_a_name(paragraph: str, name: str, role: str) -> None:
    assert roles_in(paragraph)[name] == role
