"""Round 42: British copy of our own (a firm's apposition with two qualifiers joined by
"and")."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def test_a_firms_apposition_with_two_qualifiers_joined_by_and() -> None:
    assert _people(
        "Harriet Vane, the bedding and bath towels brand, is to open 30 shops.",
        "Chief executive Owen Pask said the brand had grown fast.",
    ) == {"Owen Pask"}
    # two nouns of a person joined: someone
    assert "Tom Relph" in _people("Tom Relph, the father and husband, said he was shocked.")
    assert "Ann Carrow" in _people(
        "Ann Carrow, the chairman and chief executive, said she would stay."
    )
