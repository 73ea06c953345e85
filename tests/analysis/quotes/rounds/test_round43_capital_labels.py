"""Round 43: a transcript's line labelled in capitals ("MORROW: “…”", "SEN. JUDITH PRATT: “…”")
is the words of the one person the article names so, not of a body called "MORROW"; when two
people share the surname, or the label names no one the article names ("COUNSEL:"), no one's."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

OPENING = (
    "Dale Morrow, a former aide to Gov. Nina Castle, answered questions for five hours before a "
    "Senate panel in May, and Sen. Judith Pratt, an Arizona Republican, led them."
)


def test_a_surname_in_capitals_is_the_one_person_of_that_surname() -> None:
    found = quotes(
        OPENING,
        "SEN. JUDITH PRATT: “Did the governor sign the order herself?”",
        "MORROW: “She signed it in her office, with me there.”",
        "PRATT: “On what day?”",
    )
    assert speaker_of(found, "Did the governor sign") == "Judith Pratt"
    assert speaker_of(found, "She signed it in her office") == "Dale Morrow"
    assert speaker_of(found, "On what day") == "Judith Pratt"


def test_a_surname_two_people_share_is_no_ones() -> None:
    found = quotes(
        OPENING + " His brother, Carl Morrow, sat behind him.",
        "MORROW: “She signed it in her office, with me there.”",
        "CARL MORROW: “I was not in the room.”",
    )
    assert speaker_of(found, "She signed it in her office") is None
    assert speaker_of(found, "I was not in the room") == "Carl Morrow"


def test_a_label_naming_no_one_named_is_no_ones() -> None:
    found = quotes(
        OPENING,
        "COUNSEL: “Were you in the room?”",
        "MORROW: “I was.”",
    )
    assert speaker_of(found, "Were you in the room") is None
