"""Round 54: a dateline opening the sentence is no part of its subject, so a speech verb in
"-ing" later in that sentence is the subject's ("Washington (AFP) – Democrat Hillary Clinton has
taken a swipe at Donald Trump’s stance, saying that “…”" is Clinton's, not Trump's)."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_subject_past_the_dateline_says_it() -> None:
    found = quotes(
        "Washington (AFP) – Senator Ruth Okafor has taken a swipe at her rival Dale Whitcomb’s"
        " plan for the port, saying that “reckless promises” cost the city dearly."
    )
    assert [(q.text, q.speaker) for q in found] == [("reckless promises", "Ruth Okafor")]


def test_a_capitals_dateline_likewise() -> None:
    found = quotes(
        "DENVER (Reuters) - Governor Marian Crane has taken a swipe at rival Paul Hendershot’s"
        " budget, calling it “a house of cards.”"
    )
    assert [(q.text, q.speaker) for q in found] == [("a house of cards", "Marian Crane")]
