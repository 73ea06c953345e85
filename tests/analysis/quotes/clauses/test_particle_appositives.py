"""A name with a lower-case particle in an appositive (round 48, Washington long-form style):
"The union’s local president, Art del Castillo, said agents “…”" is del Castillo's words, not no
one's."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def _speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(ArticleText(None, paragraphs))]


def test_del_inside_an_appositives_name() -> None:
    assert _speakers(
        "The union’s local president, Art del Castillo, said agents “make split-second decisions"
        " in the dark.”"
    ) == ["Art del Castillo"]


def test_van_der_inside_an_appositives_name() -> None:
    assert _speakers(
        "A spokesman, Pieter Van der Berg, said the deal was “off the table for now.”"
    ) == ["Pieter Van der Berg"]
