"""Round 44 (wire copy): three or more people listed as one subject ("Roy Cooper, Henry McMaster
and Josh Green met …") are as salient as each other: a "he" after them may mean any, so no one,
as with two ("Okafor and Carver were …"); one subject meeting a list is still the subject."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes

QUOTE = "“We can’t build a levee on an IOU,”"


def test_a_he_after_three_men_listed_is_no_one() -> None:
    (q,) = quotes(
        f"Roy Cooper, Henry McMaster and Josh Green met with House leaders. {QUOTE} he said."
    )
    assert q.speaker is None  # not Cooper, named first


def test_one_subject_meeting_a_list_is_still_the_subject() -> None:
    (q,) = quotes(
        f"Roy Cooper met Henry McMaster, Josh Green and Kay Ivey on Tuesday. {QUOTE} he said."
    )
    assert q.speaker == "Roy Cooper"


def test_two_joined_by_and_are_read_as_before() -> None:
    (q,) = quotes(f"Roy Cooper and Josh Green met with House leaders. {QUOTE} he said.")
    assert q.speaker is None
