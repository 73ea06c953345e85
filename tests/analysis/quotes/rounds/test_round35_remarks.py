"""Attribution round 35: a named person's suggestion, made somewhere, that someone was “…”: theirs."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def test_the_owner_of_a_suggestion_at_a_debate_speaks_not_its_subject() -> None:
    *_, q = quotes(
        "Sen. Laura Pinkney and Gov. Tom Aldridge met in three debates.",
        "Pinkney lost the 2018 race partly because of Aldridge's mocking suggestion at a"
        " televised debate that she was “smart enough, I suppose.”",
    )
    assert q.speaker == "Tom Aldridge"
