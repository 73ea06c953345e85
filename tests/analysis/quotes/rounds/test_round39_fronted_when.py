"""Round 39: a pronoun after an opening clause naming someone ("When Tolliver finished, he …") is
no one's when the sentence before has another person of its gender as its subject."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText

SHERIFF = "Sheriff Wade Tolliver told the commissioners the release was a mistake."
LEAVING = (
    "When Tolliver finished, he stood up and left the room, saying he would “not be lectured by"
    " a man who runs the jail.”"
)


def _speaker(*paragraphs: str) -> str | None:
    (q,) = extract_quotes(ArticleText(None, paragraphs))
    return q.speaker


def test_another_man_as_the_subject_before_leaves_the_pronoun_to_no_one() -> None:
    rival = "Commissioner Grant Pruett, who voted for the policy, sat a few feet away. "
    assert _speaker(SHERIFF, rival + LEAVING) is None


def test_with_no_other_man_before_the_pronoun_means_the_one_named_in_the_clause() -> None:
    assert _speaker(SHERIFF, "The room was silent. " + LEAVING) == "Wade Tolliver"
