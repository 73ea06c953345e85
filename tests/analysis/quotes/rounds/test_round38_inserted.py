"""Attribution round 38: "The paradox of X, says Y, …, is that she was “…”" gives Y's words."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def test_an_inserted_says_between_commas_names_the_speaker() -> None:
    quoted = quotes(
        "Gov. Ruth Ellery has run the state for a decade.",
        "The genius of Ellery, says Dana Whitfield, a historian at Bowdoin College, is that she"
        " was “a reformer who never sounded like one.”",
    )
    assert quoted[0].speaker == "Dana Whitfield"
