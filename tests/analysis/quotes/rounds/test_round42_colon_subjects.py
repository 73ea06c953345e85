"""Round 42: a quotation after a colon that ends a sentence with a subject of its own ("The
general was more careful: “…”", "Fairweather’s office later released a one-line statement: “…”")
does not go on with the speaker of the quote before it: the subject's, when a person is meant,
else no one's."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_the_general_after_a_partial_quote_of_the_secretary() -> None:
    found = quotes(
        "Navy Secretary Paul Ashworth and Gen. Irene Tallis testified together on Tuesday.",
        "Sen. Owen Marsh (D-Vt.) asked both about the base closing. Ashworth said the decision"
        " was “final.” The general was more careful: “We will carry out lawful orders.”",
    )
    assert _speaker(found, "final") == "Paul Ashworth"
    assert _speaker(found, "lawful orders") == "Irene Tallis"  # not Ashworth continued


def test_an_offices_statement_after_a_colon_is_no_ones() -> None:
    found = quotes(
        "Sen. Owen Marsh (D-Vt.) asked whether the closing had been driven by cost. “That is a"
        " question for the department,” Ashworth said.",
        "Marsh’s office later released a one-line statement: “The senator will fight this.”",
    )
    assert _speaker(found, "question for the department") == "Ashworth"
    assert _speaker(found, "will fight this") is None  # not Ashworth's


def test_the_speakers_own_colon_still_continues() -> None:
    found = quotes(
        "“We are not leaving,” Ashworth said. He was firm: “The fleet stays.”",
    )
    assert _speaker(found, "The fleet stays") == "Ashworth"
