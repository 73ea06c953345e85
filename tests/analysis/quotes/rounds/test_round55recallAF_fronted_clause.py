"""Round 55: a word quoted in an opening clause with no subject of its own ("But while
denouncing the “perversion” of …, she hasn't …") is the words of the main clause's subject; an
opening clause with a subject of its own ("While the council debated the “compromise,” …") is
not read so."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def test_a_pronoun_after_a_while_clause_speaks() -> None:
    found = quotes(
        "Senator Ruth Okafor sees similar gains. But while denouncing the “perversion” of"
        " offshore tax shelters to campaign audiences, she hasn't outlined a plan to close them.",
    )
    assert [(q.text, q.speaker) for q in found] == [("perversion", "Ruth Okafor")]


def test_a_name_after_a_when_clause_speaks() -> None:
    found = quotes(
        "When mocking the “summit” in Denver, Mayor Ann Ruiz named no one on the council.",
    )
    assert [(q.text, q.speaker) for q in found] == [("summit", "Ann Ruiz")]


def test_a_clause_with_its_own_subject_is_not_read_so() -> None:
    found = quotes(
        "While the council debated the “compromise,” Mayor Ann Ruiz walked out.",
    )
    assert [(q.text, q.speaker) for q in found] == []
