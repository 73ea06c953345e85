"""Round 54: a bare quotation goes on from the speaker quoted before it in the paragraph, past a
label in between that is no one's words ("“…,” she said, showing off the “Make America Great
Again” hat …. “…”": hers, not no one's)."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_label_between_does_not_break_the_speaker() -> None:
    found = quotes(
        "Ohio delegate Linda Marsh said the party would come together by November. “I think"
        " we will be fine,” she said, showing off the “Make America Great Again” hat a"
        " volunteer had given her. “I have been with him since the beginning.”"
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("I think we will be fine", "Linda Marsh"),
        ("Make America Great Again", None),
        ("I have been with him since the beginning.", "Linda Marsh"),
    ]


def test_a_label_alone_still_gives_no_one() -> None:
    found = quotes(
        "Volunteers handed out the “Make America Great Again” hat at the door. “Take two,” one"
        " shouted."
    )
    assert [q.speaker for q in found if q.text == "Make America Great Again"] == [None]
