"""Round 48 (rolesD): "controller" ends a title as "comptroller" does: "City Controller Kenneth
Mejia-Rowe" is a person whose role is "City Controller" (was "Controller" at a sentence's start,
and no person at all inside one)."""

from __future__ import annotations

import pytest

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _roles(*paragraphs: str) -> dict[str, str | None]:
    found = extract_entities(ArticleText(None, paragraphs))
    return {e.name: e.role for e in found if e.kind == "person"}


@pytest.mark.parametrize(
    "paragraph",
    [
        "City Controller Kenneth Mejia-Rowe, whose office ran the audit, said records were missing.",
        "The audit was ordered by City Controller Kenneth Mejia-Rowe on Monday.",
    ],
)
def test_a_controllers_title(paragraph: str) -> None:
    assert _roles(paragraph)["Kenneth Mejia-Rowe"] == "City Controller"
