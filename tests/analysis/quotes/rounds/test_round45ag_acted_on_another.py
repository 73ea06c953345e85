"""Round 45ag: a "she" right after "Ruiz endorsed her in 2019." may mean Ruiz or the woman
endorsed, so it is no one; after "Ruiz pressed her on the cost." it is still the one pressed,
who answers."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in

OPENING = "Mayor Ana Ruiz and Councilwoman Lena Park clashed over the budget on Tuesday."


def test_she_after_one_woman_endorsed_another_is_no_one() -> None:
    speaker = speaker_in(
        OPENING,
        "Park and Ruiz were once close; Ruiz endorsed her in 2019. She said Tuesday that the"
        " friendship was “over, for now.”",
        piece="over, for now",
    )
    assert speaker is None


def test_she_after_one_woman_pressed_another_is_the_one_pressed() -> None:
    speaker = speaker_in(
        "Sen. Lena Park of Ohio appeared on CNN on Sunday.",
        "“We talk too much,” Park told host Ana Ruiz.",
        "Ruiz pressed her on the cost. “I think we all own it,” she said.",
        piece="we all own it",
    )
    assert speaker == "Lena Park"
