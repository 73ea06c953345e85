"""Round 50 (rolesE): a description after a name's age is read: "John Smith, 54, a retired
teacher," → "retired teacher" (was none); an age before the sentence's verb is no job's
("Carla Dunn, 51, rarely talks politics with her brother": none)."""

from __future__ import annotations

import pytest

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _roles(*paragraphs: str) -> dict[str, str | None]:
    found = extract_entities(ArticleText(None, paragraphs))
    return {e.name: e.role for e in found if e.kind == "person"}


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
    assert _roles(paragraph)[name] == role
