"""Round 42: a quotation after a colon that ends a sentence with a subject of its own ("The
general was more careful: “…”", "Fairweather’s office later released a one-line statement: “…”")
does not go on with the speaker of the quote before it: the subject's, when a person is meant,
else no one's."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of


def test_the_general_after_a_partial_quote_of_the_secretary() -> None:
    found = quotes(
        "Navy Secretary Paul Ashworth and Gen. Irene Tallis testified together on Tuesday.",
        "Sen. Owen Marsh (D-Vt.) asked both about the base closing. Ashworth said the decision"
        " was “final.” The general was more careful: “We will carry out lawful orders.”",
    )
    assert speaker_of(found, "final") == "Paul Ashworth"
    assert speaker_of(found, "lawful orders") == "Irene Tallis"  # not Ashworth continued


def test_an_offices_statement_after_a_colon_is_no_ones() -> None:
    found = quotes(
        "Sen. Owen Marsh (D-Vt.) asked whether the closing had been driven by cost. “That is a"
        " question for the department,” Ashworth said.",
        "Marsh’s office later released a one-line statement: “The senator will fight this.”",
    )
    assert speaker_of(found, "question for the department") == "Ashworth"
    assert speaker_of(found, "will fight this") is None  # not Ashworth's


def test_the_speakers_own_colon_still_continues() -> None:
    found = quotes(
        "“We are not leaving,” Ashworth said. He was firm: “The fleet stays.”",
    )
    assert speaker_of(found, "The fleet stays") == "Ashworth"
