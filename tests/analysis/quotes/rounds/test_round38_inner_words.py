"""Attribution round 38: a capitalised preposition inside a body's name does not cut it."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def test_a_body_named_with_from_calling_something() -> None:
    (q,) = quotes(
        "The Freedom From Hunger Alliance sued the county on Monday, calling the rule “a cruel"
        " trick on families.”"
    )
    assert q.speaker == "Freedom From Hunger Alliance"


def test_a_body_named_with_for_that_said_something() -> None:
    (q,) = quotes("The Citizens For Open Courts Coalition said the ruling was “a victory.”")
    assert q.speaker == "Citizens For Open Courts Coalition"
