"""Round 44x: someone unnamed introduced as the one spoken to ("Karen Holt can be heard telling an
aide, “…”") and then described ("The aide, who was not named, replied, “…”") is that unnamed
person, not the official who spoke to them; an aide the article names stays theirs."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote

OPENING = "A Biden administration official was caught on a hot mic on Tuesday mocking voters."


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_the_aide_she_was_telling_is_no_one() -> None:
    found = quotes(
        OPENING,
        "Deputy Secretary Karen Holt can be heard telling an aide, “These people will vote against"
        " their own roads.”",
        "The aide, who was not named, replied, “Don’t say that out loud.”",
    )
    assert _speaker(found, "These people will vote") == "Karen Holt"
    assert _speaker(found, "Don’t say that out loud") is None


def test_the_reporter_she_asked_is_no_one() -> None:
    found = quotes(
        OPENING,
        "Deputy Secretary Karen Holt asked a reporter to turn off his camera.",
        "“It’s already off,” the reporter said.",
    )
    assert _speaker(found, "It’s already off") is None


def test_an_aide_named_stays_his() -> None:
    found = quotes(
        OPENING,
        "Deputy Secretary Karen Holt can be heard telling her aide, Tom Price, that the voters"
        " were wrong.",
        "“Don’t say that out loud,” the aide replied.",
    )
    assert _speaker(found, "Don’t say that out loud") == "Tom Price"
