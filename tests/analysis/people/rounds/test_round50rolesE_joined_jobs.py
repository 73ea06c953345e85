"""Round 50 (rolesE): two jobs joined by "and" that open the sentence before a name are both the
name's: "Former prosecutor and New York City Mayor Rudy Giuliani" (was "New York City Mayor",
losing "former"); after an article the first may be another's and is not read."""

from __future__ import annotations

import pytest

from tests.analysis.people.passages import roles_in


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "Former prosecutor and New York City Mayor Rudy Giuliani, who backs Trump, trashed"
            " Comey on MSNBC.",
            "Rudy Giuliani",
            "Former prosecutor and New York City Mayor",
        ),
        (
            "Founder and chairman Tim Martin said the group would keep prices low.",
            "Tim Martin",
            "Founder and chairman",
        ),
        (
            "The president and Vice President Joe Biden met on Monday.",
            "Joe Biden",
            "Vice President",
        ),
    ],
)
def test_jobs_joined_by_and_opening_the_sentence_are_one_persons(
    paragraph: str, name: str, role: str
) -> None:
    assert roles_in(paragraph)[name] == role
