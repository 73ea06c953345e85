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
