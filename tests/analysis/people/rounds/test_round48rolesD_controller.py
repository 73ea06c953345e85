"""Round 48 (rolesD): "controller" ends a title as "comptroller" does: "City Controller Kenneth
Mejia-Rowe" is a person whose role is "City Controller" (was "Controller" at a sentence's start,
and no person at all inside one)."""

from __future__ import annotations

import pytest

from tests.analysis.people.passages import roles_in


@pytest.mark.parametrize(
    "paragraph",
    [
        "City Controller Kenneth Mejia-Rowe, whose office ran the audit, said records were missing.",
        "The audit was ordered by City Controller Kenneth Mejia-Rowe on Monday.",
    ],
)
def test_a_controllers_title(paragraph: str) -> None:
    assert roles_in(paragraph)["Kenneth Mejia-Rowe"] == "City Controller"
