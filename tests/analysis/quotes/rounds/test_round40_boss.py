"""Round 40: "boss" is a person, not a verb in -s: "Their former boss, District Attorney Mark
Tilden, has endorsed neither. “…,” he said" is Tilden's."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_a_name_apposed_to_their_boss_is_whom_he_means() -> None:
    found = quotes(
        "Elena Vasquez and Karen Holloway once worked in the same office.",
        "Their former boss, District Attorney Mark Tilden, has endorsed neither. “They were both"
        " good lawyers,” he said.",
    )
    assert _speaker(found, "both good lawyers") == "Mark Tilden"
