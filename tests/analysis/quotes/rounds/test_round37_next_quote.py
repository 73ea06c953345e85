"""Attribution round 37: a clause after a whole quoted sentence that leads into the next quotation."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_reply_clause_frames_the_next_quotation() -> None:
    first, second = quotes(
        "Clinton responds to Mills with, “Why now? That was on my way to Libya?” Mills then"
        " writes back, “You look cute.”"
    )
    assert (first.speaker, second.speaker) == ("Clinton", "Mills")


def test_a_quotation_split_by_its_frame_keeps_its_speaker() -> None:
    first, second = quotes("“The best way,” Schiff said, “is to wait for the vote.”")
    assert (first.speaker, second.speaker) == ("Schiff", "Schiff")


def test_a_question_split_by_its_frame_keeps_its_speaker() -> None:
    first, second = quotes("“Is this fair?” Ortiz asked, “or is it a shakedown?”")
    assert (first.speaker, second.speaker) == ("Ortiz", "Ortiz")
