"""Round 45: a name opening a clause in mid-sentence, then a short phrase of time or place, then
the speech verb ("… was final when Marsh in her budget speech called the tax “a disgrace.”",
"… so loud that Senator Tom Hadley at a town hall thanked its members “…”") is the speaker; a
body in that place is not."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

OPENING = "Governor Linda Marsh spoke in Albany on Monday, and Senator Tom Hadley stayed away."


def test_a_subject_after_when_and_before_a_phrase_speaks() -> None:
    found = quotes(
        OPENING,
        "The break with the unions was final when Marsh in her budget speech called the new "
        "levy “a disgrace to working families.”",
    )
    assert speaker_of(found, "a disgrace") == "Linda Marsh"


def test_a_subject_after_that_and_before_a_phrase_speaks() -> None:
    found = quotes(
        OPENING,
        "The petition drive had grown so loud that Senator Tom Hadley during a town hall thanked "
        "its organisers “for their patience with a slow Senate.”",
    )
    assert speaker_of(found, "for their patience") == "Tom Hadley"


def test_a_body_in_that_place_is_no_one() -> None:
    found = quotes(
        OPENING,
        "The chamber stayed quiet until Congress in its last session called the bill “a plain "
        "failure of nerve.”",
    )
    assert speaker_of(found, "a plain failure") is None
