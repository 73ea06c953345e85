"""Round 40: a pronoun reporting words said later ("He said later that …") right after a sentence
naming two people of its gender gives no one: either may have said it once the exchange was over."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_he_said_later_after_one_man_pressed_another_gives_no_one() -> None:
    found = quotes(
        "Sen. Walter Brandt and Sen. Oscar Lindell have sat on the panel for a decade.",
        "“Nobody owns the gavel,” Brandt said on Tuesday.",
        "Lindell pressed Brandt on his votes against the contract during a hearing on Thursday."
        " He said later that the questions had been “routine, nothing more.”",
    )
    assert _speaker(found, "Nobody owns the gavel") == "Walter Brandt"
    assert _speaker(found, "routine, nothing more") is None


def test_she_said_afterward_after_two_women_in_a_when_clause_gives_no_one() -> None:
    found = quotes(
        "Laura Finch and Monica Raines once worked in the same prosecutor's office.",
        "The two women clashed at a debate on Tuesday, when Finch accused Raines of misstating"
        " the numbers. She said afterward that the charge was “simply false.”",
    )
    assert _speaker(found, "simply false") is None


def test_said_later_after_a_sentence_naming_one_man_keeps_him() -> None:
    found = quotes(
        "Gov. Alan Brandt vetoed the school-lunch bill on Monday.",
        "Brandt told Laura Ingraham that he accepted the apology. He said later that he had"
        " “bigger things to worry about than a cable host.”",
    )
    assert _speaker(found, "bigger things") == "Alan Brandt"
