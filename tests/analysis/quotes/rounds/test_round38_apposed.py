"""Attribution round 38: "The ambassador to the United Nations, X, uttered …" names X as the
subject a later "he" means."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_description_with_to_before_the_apposed_name() -> None:
    quoted = quotes(
        "Prime Minister Jean Martin spoke first, and the room applauded.",
        "At that moment, the French ambassador to the United Nations, François Delattre, uttered"
        " a stage whisper. “One hopes,” he said.",
    )
    assert quoted[-1].speaker == "François Delattre"
