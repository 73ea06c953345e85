"""Round 50 (rolesE): a verb before a title is no part of it: after a modal ("will almost
certainly force Sen. Bernie Sanders" → "Sen.", was "force Sen.") and a participle opening a
clause ("…, giving trainer Paul Nicholls" → "trainer", was "giving trainer")."""

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
            "The results will almost certainly force Sen. Bernie Sanders to acknowledge it.",
            "Bernie Sanders",
            "Sen.",
        ),
        (
            "Kauto Star won the Gold Cup, giving trainer Paul Nicholls his second win in the race.",
            "Paul Nicholls",
            "trainer",
        ),
        ("The board, acting director Jane Roe said, was split.", "Jane Roe", "acting director"),
    ],
)
def test_a_verb_before_a_title_is_no_part_of_it(paragraph: str, name: str, role: str) -> None:
    assert _roles(paragraph)[name] == role
