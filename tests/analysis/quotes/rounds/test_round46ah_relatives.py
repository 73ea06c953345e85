"""Round 46ah: "Councilor" is a title; a granddaughter, a niece or a nephew named after a comma
takes the relative's gender ("Her granddaughter, Jess,": a woman, whatever her name); "Among them
was X" presents X, whom a "she" after it means."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in


def test_councilor_is_a_title() -> None:
    speaker = speaker_in(
        "Councilor Paul Ridley opposed the plan. “It costs too much,” he said.",
        piece="costs too much",
    )
    assert speaker == "Paul Ridley"


def test_a_granddaughter_is_a_woman_whatever_her_name() -> None:
    speaker = speaker_in(
        "Councilor Paul Ridley opposed the plan. “It costs too much,” he said.",
        "His granddaughter, Jess, sat behind him. She said she disagreed. “It is worth it,” she"
        " said.",
        piece="worth it",
    )
    assert speaker == "Jess"


def test_among_them_was_presents_the_next_speaker() -> None:
    speaker = speaker_in(
        "Councilwoman Rita Vogel backed the plan. “It is overdue,” she said.",
        "Many residents lost their homes. Among them was Edna Pryor, 81, whose trailer burned."
        " “I want to go home,” she said.",
        piece="go home",
    )
    assert speaker == "Edna Pryor"
