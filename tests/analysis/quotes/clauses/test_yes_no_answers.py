"""A quote after someone was asked whether something is so (round 26: the written postal hearing
of round 24, whose answer had gone to the woman quoted before)."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText

HEARING = (
    "Postmaster General Alicia Romero said the memo reflected “one manager’s frustration on one bad"
    " day.”",
    "Rep. Simone Hart (D-Md.), the subcommittee’s top Democrat, said the problems began under"
    " Romero’s predecessor. “Nobody on this dais gets to pretend they are surprised,” Hart said.",
)


def last_speaker(paragraph: str) -> str | None:
    return extract_quotes(ArticleText(None, (*HEARING, paragraph)))[-1].speaker


def test_the_answer_to_a_yes_or_no_question_is_not_the_last_speakers() -> None:
    assert (
        last_speaker(
            "The exchange grew testy when Rep. Gerald Finch asked Romero whether she would resign."
            " “No. I will fix it, and I will come back and show you,” she said."
        )
        is None
    )


def test_a_question_asked_of_someone_of_the_other_gender_leaves_the_pronoun_alone() -> None:
    assert (
        last_speaker(
            "Rep. Gerald Finch asked Postmaster General Tom Ruiz whether he would resign."
            " “We are not there yet,” she said."
        )
        == "Simone Hart"
    )
