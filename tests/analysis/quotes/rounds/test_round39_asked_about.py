"""Round 39: "Asked about X's comments, she said" is not X's answer."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def _speaker(*paragraphs: str) -> str | None:
    found = extract_quotes(ArticleText(None, paragraphs))
    return found[-1].speaker


def test_the_one_asked_about_is_no_speaker() -> None:
    assert (
        _speaker(
            "“I respect her service,” Eleanor Paige said. “But respect doesn’t pay the bills.”",
            "The neurosurgeon was unmoved. Asked about Paige’s comments, she said: “Nobody is"
            " asking her to pay it.”",
        )
        is None
    )


def test_asked_about_someone_else_leaves_the_pronoun_alone() -> None:
    assert (
        _speaker(
            "Eleanor Paige spoke to the board on Monday.",
            "Asked about the hospital’s debts, she said: “We cannot wait another year.”",
        )
        == "Eleanor Paige"
    )
