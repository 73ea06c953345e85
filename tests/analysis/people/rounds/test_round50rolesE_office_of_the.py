"""Round 50 (rolesE): a title's domain after "of the" is read whole ("Speaker of the House Rep.
Paul Ryan" → "Speaker of the House Rep.", was "House Rep."; "Secretary of the Treasury Steven
Mnuchin", was none), and "presumptive" qualifies a title ("the presumptive Republican nominee")."""

from __future__ import annotations

import pytest

from tests.analysis.people.passages import roles_in


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "Speaker of the House Rep. Paul Ryan (R-WI) said the images had no place.",
            "Paul Ryan",
            "Speaker of the House Rep.",
        ),
        (
            "Secretary of the Treasury Steven Mnuchin said the talks went well.",
            "Steven Mnuchin",
            "Secretary of the Treasury",
        ),
        (
            "Now that he is the presumptive Republican nominee, Donald Trump has begun calling"
            " out critics.",
            "Donald Trump",
            "presumptive Republican nominee",
        ),
    ],
)
def test_a_titles_domain_and_qualifier_are_read(paragraph: str, name: str, role: str) -> None:
    assert roles_in(paragraph)[name] == role
