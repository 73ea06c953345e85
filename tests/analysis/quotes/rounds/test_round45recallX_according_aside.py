"""Round 45: an "according to" phrase set off by commas between a subject and its speech verb
("Delgado, who has taken $40,000 from the firm, according to state records, said …“…”") sources
the aside's facts, not the quoted words: the subject speaks. An "according to" that reports the
words still gives them to its source."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote

OPENING = "State Sen. Ray Delgado met reporters in Austin on Monday."


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_the_subject_before_an_according_aside_speaks() -> None:
    found = quotes(
        OPENING,
        "Delgado, who has taken more than $40,000 from the firm’s executives since 2020, "
        "according to state records, said the charges were “a political hit job from day one.”",
    )
    assert _speaker(found, "a political hit job") == "Ray Delgado"


def test_an_according_source_of_the_words_keeps_them() -> None:
    found = quotes(
        OPENING,
        "The firm’s payments, according to Comptroller Lena Ortiz, were “lawful in every respect.”",
    )
    assert _speaker(found, "lawful in every respect") == "Lena Ortiz"
