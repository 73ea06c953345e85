"""Round 47ai: "Simms's wife, Loretta, who runs the church's food pantry, is less diplomatic than
her husband. “…,” she said" is Loretta's: the relative clause no longer makes her two women
("Loretta" and "Loretta Simms") whom the "she" could not choose between."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText

PASTOR = (
    "BALTIMORE — The Rev. Harold Simms has preached at the same church for 31 years."
    " “Some of my members want the jobs,” Simms said."
)


def _speaker(*paragraphs: str, piece: str) -> str | None:
    found = extract_quotes(ArticleText(None, paragraphs))
    return next(q.speaker for q in found if piece in q.text)


def test_a_she_after_a_wife_with_a_relative_clause_is_the_wife() -> None:
    speaker = _speaker(
        PASTOR,
        "Simms's wife, Loretta, who runs the church's food pantry, is less diplomatic than her"
        " husband. “A casino is a tax on poor people,” she said.",
        piece="tax on poor people",
    )
    assert speaker is not None and "Loretta" in speaker.split()


def test_a_son_with_a_relative_clause_who_said_is_still_the_son() -> None:
    speaker = _speaker(
        "Ruth Sizemore, 88, has lived in the house since 1961. “I am not leaving,” she said.",
        "Sizemore’s son, Randall, who drove in from Lexington, said his mother would not be moved."
        " “She’s stubborn,” he said, laughing.",
        piece="stubborn",
    )
    assert speaker is not None and "Randall" in speaker.split()
