"""Round 50 (a deposition written one turn a paragraph): a bare answer after a question its asker's
clause closes ("“I don’t recall a specific date,” Pell said. / “Was it before or after the March
board meeting?” Salcedo asked. / “I’d be guessing.”") is the one asked's, not the asker's."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def test_a_bare_answer_after_an_attributed_question_is_the_one_asked() -> None:
    found = quotes(
        "A lawyer for the creditors, Miriam Salcedo, asked Jonah Pell when he first learned that"
        " deposits had been moved.",
        "“I don’t recall a specific date,” Pell said.",
        "“Was it before or after the March board meeting?” Salcedo asked.",
        "“I’d be guessing.”",
    )
    assert [q.speaker for q in found] == ["Jonah Pell", "Miriam Salcedo", "Jonah Pell"]


def test_a_bare_question_after_an_attributed_question_is_not_given_to_the_one_asked() -> None:
    found = quotes(
        "A lawyer for the creditors, Miriam Salcedo, asked Jonah Pell when he first learned that"
        " deposits had been moved.",
        "“I don’t recall a specific date,” Pell said.",
        "“Was it before or after the March board meeting?” Salcedo asked.",
        "“Or was it later?”",
    )
    assert found[-1].speaker != "Jonah Pell"
