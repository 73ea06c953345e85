"""Round 53 attrAP: wire copy from Congress, courts and statehouses, and profiles following one
person by pronoun and description ("he likes to say", "the 71-year-old", "her father")."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def _speaker(*paragraphs: str, piece: str) -> str | None:
    found = extract_quotes(ArticleText(None, paragraphs))
    return next(q.speaker for q in found if piece in q.text)


def test_a_saying_reported_as_a_habit_is_the_subjects() -> None:
    # "likes to say" reports what he says again and again: his words, as "he said" would be
    speaker = _speaker(
        "Raymond Trask won his first race by 41 votes. “I didn’t win that race,” he likes to say."
        " “I outlasted it.”",
        piece="I didn’t win",
    )
    assert speaker == "Raymond Trask"
    used = _speaker("Walter Pruitt spoke last. “I was right,” he used to say.", piece="I was right")
    assert used == "Walter Pruitt"
    # a wish is no saying: "wants to say" gives no one
    wants = _speaker("Walter Pruitt spoke last. “I was right,” he wants to say.", piece="I was")
    assert wants is None
