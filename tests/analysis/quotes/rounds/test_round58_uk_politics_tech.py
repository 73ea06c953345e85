"""Round 58: British political and technology reporting (issue 15): "last night" and "yesterday"
between a subject and its verb ("The prime minister, Richard Ashdown, last night said")."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in


def test_last_night_and_yesterday_between_subject_and_verb() -> None:
    assert (
        speaker_in(
            "The prime minister, Richard Ashdown, last night said the cuts were “unavoidable”.",
            piece="unavoidable",
        )
        == "Richard Ashdown"
    )
    assert (
        speaker_in(
            "The prime minister, Richard Ashdown, last night accused Labour of “scaremongering”.",
            piece="scaremongering",
        )
        == "Richard Ashdown"
    )
    assert (
        speaker_in(
            "The prime minister, Richard Ashdown, yesterday accused Labour of “scaremongering”.",
            piece="scaremongering",
        )
        == "Richard Ashdown"
    )
    assert (
        speaker_in(
            "Richard Ashdown yesterday accused Labour of running a campaign of “scaremongering”.",
            piece="scaremongering",
        )
        == "Richard Ashdown"
    )
