"""Round 45: a person named beside "One of those aides" or "one of his lawyers" opening the
sentence ("One of those staffers, Mira Kohli, was blunter.") is named there, so a bare quotation
after it is hers; the plural head is no verb."""

from __future__ import annotations

from briefings.analysis.quotes.resolution.mentions import apposed_subject
from briefings.analysis.speech.tokens import tokens
from tests.analysis.quotes.passages import quotes, speaker_of


def test_one_of_those_staffers_named_then_a_bare_quote() -> None:
    found = quotes(
        "Senator Crane's staff have complained, according to two former staffers, that the "
        "dinners give Lowell cover. One of those staffers, Mira Kohli, put it more bluntly. "
        "“He gets the credit. What does she get?”"
    )
    assert speaker_of(found, "He gets the credit") == "Mira Kohli"


def test_one_of_his_lawyers_is_an_apposed_subject() -> None:
    assert apposed_subject(tokens("One of his lawyers, Mark Feld, called it absurd.")) == (
        5,
        "Mark Feld",
    )
