"""Round 43: a transcript's line labelled in capitals ("MORROW: “…”", "SEN. JUDITH PRATT: “…”")
is the words of the one person the article names so, not of a body called "MORROW"; when two
people share the surname, or the label names no one the article names ("COUNSEL:"), no one's."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote

OPENING = (
    "Dale Morrow, a former aide to Gov. Nina Castle, answered questions for five hours before a "
    "Senate panel in May, and Sen. Judith Pratt, an Arizona Republican, led them."
)


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_a_surname_in_capitals_is_the_one_person_of_that_surname() -> None:
    found = quotes(
        OPENING,
        "SEN. JUDITH PRATT: “Did the governor sign the order herself?”",
        "MORROW: “She signed it in her office, with me there.”",
        "PRATT: “On what day?”",
    )
    assert _speaker(found, "Did the governor sign") == "Judith Pratt"
    assert _speaker(found, "She signed it in her office") == "Dale Morrow"
    assert _speaker(found, "On what day") == "Judith Pratt"


def test_a_surname_two_people_share_is_no_ones() -> None:
    found = quotes(
        OPENING + " His brother, Carl Morrow, sat behind him.",
        "MORROW: “She signed it in her office, with me there.”",
        "CARL MORROW: “I was not in the room.”",
    )
    assert _speaker(found, "She signed it in her office") is None
    assert _speaker(found, "I was not in the room") == "Carl Morrow"


def test_a_label_naming_no_one_named_is_no_ones() -> None:
    found = quotes(
        OPENING,
        "COUNSEL: “Were you in the room?”",
        "MORROW: “I was.”",
    )
    assert _speaker(found, "Were you in the room") is None
