"""Round 50 (rolesE): a description after a name's age is read: "John Smith, 54, a retired
teacher," → "retired teacher" (was none); an age before the sentence's verb is no job's
("Carla Dunn, 51, rarely talks politics with her brother": none)."""

from __future__ import annotations

import pytest

from tests.analysis.people.passages import roles_in


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "John Smith, 54, a retired teacher, said the plant was loud.",
            "John Smith",
            "retired teacher",
        ),
        ("Carla Dunn, 51, rarely talks politics with her brother.", "Carla Dunn", None),
    ],
)
def test_a_description_after_an_age_is_the_persons_job(
    paragraph: str, name: str, role: str | None
) -> None:
    assert roles_in(paragraph)[name] == role
