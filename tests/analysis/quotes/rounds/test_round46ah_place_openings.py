"""Round 46ah: a place opening a sentence ("In Lakewood, …", "Outside, …", "Back at the mill, …")
names no one; the subject after its comma is whom a later "she" or "he" means."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import speaker_in


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("In Lakewood, state Rep. Dana Whitley, a Democrat, has filed a bill.", "Dana Whitley"),
        (
            "Outside, a nurse who had worked there for years, Maria Ostrander, said she was sad.",
            "Maria Ostrander",
        ),
        ("Back at the mill, Hal's wife, Judith, sat alone on the steps.", "Judith"),
    ],
)
def test_she_after_a_place_opening_is_not_the_place(opening: str, expected: str) -> None:
    speaker = speaker_in(
        "The clinic closed on Friday after 40 years.",
        opening + " “We are not finished,” she said.",
        piece="We are not finished",
    )
    assert speaker is not None and expected in speaker


def test_he_in_a_later_paragraph_does_not_go_to_the_place() -> None:
    speaker = speaker_in(
        "In Frankton, Sen. Carla Whitt, a Republican, said she would vote yes.",
        "Not everyone agrees. “We love the idea,” he said. “We can't love every idea.”",
        piece="every idea",
    )
    assert speaker is None
