"""Round 40: a quotation after a participle of speech that follows a when-clause naming someone
else ("He tweeted when Mercer closed a debate …, remarking, “…”") goes to no one: the words may be
the tweet's or those of the one the when-clause names."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_a_participle_after_a_when_clause_naming_another_gives_no_one() -> None:
    found = quotes(
        "Glen Oakes, a former aide to the governor, has been a sharp critic online.",
        "“Kind of bewildering,” Oakes wrote last October.",
        "Oakes tweeted again when Gov. Alan Mercer closed a televised debate with a line from a"
        " movie, remarking, “Thank you, and may the odds be ever in your favor.”",
    )
    assert _speaker(found, "Kind of bewildering") == "Glen Oakes"
    assert _speaker(found, "may the odds be ever") is None


def test_a_that_clause_after_the_participle_keeps_the_subject() -> None:
    found = quotes(
        "Tara Wexler tweeted when Sen. Roy Castellano closed a town hall with the pledge,"
        " remarking that the senator had “run out of ideas and into the flag.”",
    )
    assert _speaker(found, "run out of ideas") == "Tara Wexler"
