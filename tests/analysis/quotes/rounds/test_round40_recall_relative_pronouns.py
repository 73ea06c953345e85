"""Attribution round 40 (recall): a "he" or "she" opening a clause inside a relative clause
("Deja Stewart, who forced me to confront my age when she called him “…”") means the name the
"who" stands for, when no capitalised word comes between."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.quotes.resolution.mentions import subject_mentions
from briefings.analysis.results import ArticleText
from briefings.analysis.speech.tokens import tokens


def test_she_inside_the_relative_clause_is_who() -> None:
    (quote,) = extract_quotes(
        ArticleText(
            None,
            (
                "The best line of the night came from Howard University sophomore Kiana Brooks,"
                " who left the room laughing when she called the debate “a group chat with"
                " podiums.”",
            ),
        )
    )
    assert quote.speaker == "Kiana Brooks"


def test_a_name_between_leaves_the_pronoun_to_the_usual_reading() -> None:
    names = [
        name
        for _, name, _ in subject_mentions(
            tokens("It came from Kiana Brooks, who met Mayor Dana Hill when she called for calm.")
        )
    ]
    assert "Kiana Brooks" not in names
    names = [
        name
        for _, name, _ in subject_mentions(
            tokens("It came from Kiana Brooks, who left the room when she called for calm.")
        )
    ]
    assert "Kiana Brooks" in names
