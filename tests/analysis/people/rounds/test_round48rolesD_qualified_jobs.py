"""Round 48 (rolesD): a lower-case job read back before a name keeps a title's modifier ("senior
politics editor Charlie Mahtesian"), stops at a verb after "will" or "to" ("who will face
challenger Paul Nehlen" → "challenger"), and reads a body's capitalised name whole ("Montclair
State University political scientist", "Bureau of Land Management ranger")."""

from __future__ import annotations

import pytest

from tests.analysis.people.passages import roles_in


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "Senior correspondent Eli Stokols and senior politics editor Charlie Mahtesian spoke.",
            "Charlie Mahtesian",
            "senior politics editor",
        ),
        (
            "Trump was not ready to back Ryan, who will face challenger Paul Nehlen on Tuesday.",
            "Paul Nehlen",
            "challenger",
        ),
        (
            "“It was fine,” said Montclair State University political scientist Brigid Harrison.",
            "Brigid Harrison",
            "Montclair State University political scientist",
        ),
        (
            "Bureau of Land Management ranger Paul Hendricks stands guard near the ranch.",
            "Paul Hendricks",
            "Bureau of Land Management ranger",
        ),
        ("The pair met critic Harold Bloom in Manhattan.", "Harold Bloom", "critic"),
        ("He said Rubio would blow away rival Newt Gingrich.", "Newt Gingrich", "rival"),
        (
            "Wasserman Schultz took 57 percent to law professor Tim Canova's 43 percent.",
            "Tim Canova",
            "law professor",
        ),
    ],
)
def test_a_qualified_job_before_a_name(paragraph: str, name: str, role: str) -> None:
    assert roles_in(paragraph)[name] == role
