"""Round 58: British political and technology reporting (issue 15): "last night" and "yesterday"
between a subject and its verb ("The prime minister, Richard Ashdown, last night said"); "Lord
Ashworth" a man a "he" may mean."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in, speakers_in


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


def test_a_peer_is_a_man_a_he_may_mean() -> None:
    assert speakers_in(
        "The Conservative peer Lord Ashworth said bishops should “stick to the pulpit”.",
        "“I did not come to this House to be lectured,” he said, to groans from the benches.",
    ) == ["Lord Ashworth", "Lord Ashworth"]
