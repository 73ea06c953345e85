"""Round 59 (recallAJ): quotes PolNeAR's tuned half left with no one, in shapes a reader settles."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def _written(sender: str) -> str | None:
    found = quotes(
        "Denis McDonough thanked the staff in a late email.",
        f"McDonough was responding to a message from {sender}, reporting that a plane carrying"
        " the embassy staff had lifted off from Tunis. “Plane wheels up a few minutes ago,” she"
        " wrote.",
    )
    return found[-1].speaker


def test_a_message_from_a_woman_is_what_she_wrote() -> None:
    assert _written("Undersecretary for Political Affairs Wendy Sherman") == "Wendy Sherman"


def test_a_message_from_a_body_is_no_one_s() -> None:
    assert _written("the State Department") is None


def _verb_then_spoke(verb: str) -> str | None:
    found = quotes(
        "Hillary Clinton spoke in Ohio on Monday.",
        f"Clinton {verb} judgment on the bill and called the plan “reckless.”",
    )
    return found[-1].speaker


def test_an_irregular_past_verb_keeps_its_subject_for_the_speech_verb_after_and() -> None:
    assert _verb_then_spoke("withheld") == "Hillary Clinton"


def test_a_name_before_a_noun_cast_is_no_subject() -> None:
    found = quotes(
        "Donald Trump spoke in Ohio on Monday.",
        "The Hamilton cast members told the audience they were “alarmed and anxious.”",
    )
    assert found[-1].speaker is None
