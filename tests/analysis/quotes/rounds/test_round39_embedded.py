"""Round 39: a quotation inside a clause opened by "in which" or "where" after its sentence's verb
is the clause subject's, not the sentence subject's ("The former governor spoke hours after Lyle,
who …, held a rally in which he mocked …, saying “…”")."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText

OPENING = "Former governor Walter Hale campaigned for his brother on Monday."


def _speaker(paragraph: str, piece: str) -> str | None:
    found = extract_quotes(ArticleText(None, (OPENING, paragraph)))
    return next(q.speaker for q in found if piece in q.text)


def test_a_participle_inside_an_in_which_clause_of_a_pronoun_is_the_relative_s_subject() -> None:
    paragraph = (
        "The former governor spoke hours after businessman Curtis Lyle, who leads in the polls,"
        " held a rally nearby in which he mocked the family, saying the state was “no better off”"
        " after eight years."
    )
    assert _speaker(paragraph, "no better off") == "Curtis Lyle"


def test_a_named_subject_of_the_embedded_clause_speaks() -> None:
    paragraph = (
        "The former governor spoke an hour after a rally in which Curtis Lyle mocked the family,"
        " saying the state was “no better off” after eight years."
    )
    assert _speaker(paragraph, "no better off") == "Curtis Lyle"


def test_a_which_clause_of_a_thing_is_no_embedded_speaker() -> None:
    paragraph = "The former governor defended the plan, which he signed, saying it was “working.”"
    assert _speaker(paragraph, "working") == "Walter Hale"
