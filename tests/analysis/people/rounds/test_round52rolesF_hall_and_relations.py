"""Round 52 (rolesF): a describing word opening a name after "Cap of" keeps them ("Hall of Famer
Dick Butkus" → "Hall of Famer", was "Famer"); a relation after "my" or "our" is the speaker's and
no role of the name's ("“I have to take my pain-in-the-ass brother Donald along,”": Donald is a
person with no role, was "pain-in-the-ass brother"); "his brother" stays."""

from __future__ import annotations

import pytest

from tests.analysis.people.passages import roles_in


def test_hall_of_famer_is_the_whole_description() -> None:
    roles = roles_in("A hit once praised by Hall of Famer Dick Butkus now draws a penalty.")
    assert roles["Dick Butkus"] == "Hall of Famer"


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "“I have to take my pain-in-the-ass brother Donald along,” Stuart Oltchick said.",
            "Donald",
            None,
        ),
        ("“My son Eric Trump runs it now,” Mr. Trump said.", "Eric Trump", None),
        (
            "His kid brother Donald Trump went along, Stuart Oltchick said.",
            "Donald Trump",
            "kid brother",
        ),
    ],
)
def test_a_relation_after_my_is_the_speakers(paragraph: str, name: str, role: str | None) -> None:
    assert roles_in(paragraph)[name] == role
