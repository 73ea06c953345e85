"""Round 42: an interview's or a transcript's line whose label names no one ("The Post: “…”",
"Q: “…”") is no one's: not the answer before it continued, and no one called "Q"; the answer
labelled with its speaker's name stays theirs."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_the_outlets_questions_are_no_ones() -> None:
    found = quotes(
        "Mayor Denise Archuleta of Albuquerque spoke with The Post on Monday. Her answers are"
        " below, lightly edited.",
        "The Post: “Will you run for governor?”",
        "Archuleta: “Not this year. I have a city to run.”",
        "The Post: “And in four years?”",
        "Archuleta: “Ask me in four years.”",
    )
    assert _speaker(found, "Not this year") == "Denise Archuleta"
    assert _speaker(found, "And in four years?") is None  # not Archuleta continued
    assert _speaker(found, "Ask me in four years") == "Denise Archuleta"


def test_q_is_no_one() -> None:
    found = quotes(
        "“We ran short of trailers,” said Paul Strand, the FEMA administrator.",
        "Q: “Do you regret the delay?”",
    )
    assert _speaker(found, "We ran short") == "Paul Strand"
    assert _speaker(found, "regret the delay") is None  # not "Q"
