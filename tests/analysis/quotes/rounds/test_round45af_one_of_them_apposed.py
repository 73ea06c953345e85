"""Round 45: a person named beside "One of those aides" or "one of his lawyers" opening the
sentence ("One of those staffers, Mira Kohli, was blunter.") is named there, so a bare quotation
after it is hers; the plural head is no verb."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.quotes.resolution.mentions import apposed_subject
from briefings.analysis.results import ArticleText, FoundQuote
from briefings.analysis.speech.tokens import tokens


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_one_of_those_staffers_named_then_a_bare_quote() -> None:
    found = quotes(
        "Senator Crane's staff have complained, according to two former staffers, that the "
        "dinners give Lowell cover. One of those staffers, Mira Kohli, put it more bluntly. "
        "“He gets the credit. What does she get?”"
    )
    assert _speaker(found, "He gets the credit") == "Mira Kohli"


def test_one_of_his_lawyers_is_an_apposed_subject() -> None:
    assert apposed_subject(tokens("One of his lawyers, Mark Feld, called it absurd.")) == (
        5,
        "Mark Feld",
    )
