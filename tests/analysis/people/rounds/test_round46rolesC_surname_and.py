"""Round 46 (rolesC): a title read back over "and" to a surname the article lists no one by is
cut to the person's own ("rivals such as Blake and Ohio Sen. Dara Quist" → "Ohio Sen."), where the
word after "and" is a place or a title's word; a firm of two partners' names stays whole."""

from __future__ import annotations

import pytest

from tests.analysis.people.passages import roles_in


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "He trailed rivals such as Blake and Ohio Sen. Dara Quist, who ran as outsiders.",
            "Dara Quist",
            "Ohio Sen.",
        ),
        (
            "The poll shows Morgan and Vermont Sen. Alan Petrie tied in the state.",
            "Alan Petrie",
            "Vermont Sen.",
        ),
        (
            "Marks and Spencer chief executive Stuart Rose said sales had recovered.",
            "Stuart Rose",
            "Marks and Spencer chief executive",
        ),
    ],
)
def test_a_surname_before_and_is_no_part_of_the_title(paragraph: str, name: str, role: str) -> None:
    assert roles_in(paragraph)[name] == role
