"""Round 44: a memo, letter, email or note quoted at length after "X wrote in the memo" is X's:
"The memo went on: “…”" and "“…,” the memo said" go to its one writer; a memo no one is said to
have written stays no one's."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

LEAD = (
    "Two weeks before he resigned, the FAA’s top safety official, Gregory Lindqvist, sent a memo "
    "to the agency’s administrator warning that inspections had fallen behind."
)
WROTE = (
    "“We are now more than 400 inspections behind schedule,” Lindqvist wrote in the memo, dated "
    "Aug. 2. “I do not believe we can close it.”"
)


def test_the_memo_goes_on_in_its_writers_words() -> None:
    found = quotes(LEAD, WROTE, "The memo went on: “I have raised this in person three times.”")
    assert speaker_of(found, "I have raised this") == "Gregory Lindqvist"


def test_the_memo_said_is_its_writers() -> None:
    found = quotes(LEAD, WROTE, "“I have raised this in person three times,” the memo said.")
    assert speaker_of(found, "I have raised this") == "Gregory Lindqvist"


def test_a_memo_no_one_wrote_is_no_ones() -> None:
    found = quotes(
        LEAD,
        "The agency’s administrator, Patricia Moreland, received it on Aug. 2.",
        "The memo went on: “I have raised this in person three times.”",
    )
    assert speaker_of(found, "I have raised this") is None
