"""Round 55: a word quoted in a sentence's opening phrase that ", said X," closes ("Any
“cleareyed” reading of the mayor's vote, said Lena Ortiz, a historian, would …") is X's, though a
later quotation of the sentence takes its reporting clause."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def test_the_inserted_sayer_after_the_opening_phrase_speaks() -> None:
    found = quotes(
        "Any “cleareyed” reading of the mayor's vote, said Lena Ortiz, a historian at the state"
        " university, would treat it as a retreat, seeing the deal as “the last way to save the"
        " pier.”",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("cleareyed", "Lena Ortiz"),
        ("the last way to save the pier", "Lena Ortiz"),
    ]


def test_a_word_quoted_after_a_comma_is_not_in_the_opening_phrase() -> None:
    found = quotes(
        "In the end, the “deal” was dead, said Lena Ortiz, a historian, and nobody “mourned it.”",
    )
    assert ("deal", "Lena Ortiz") not in [(q.text, q.speaker) for q in found]
