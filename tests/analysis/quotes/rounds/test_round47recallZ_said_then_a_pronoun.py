"""Round 47: a quotation closed by a comma and followed by "said he …" with a clause after the
pronoun ("Humphrey, who calls Trump a “sociopath,” said he doesn’t believe …") is not framed by a
clause after it whose speaker is "he doesn’t believe …": the "who" clause before it gives the
speaker."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_who_calls_a_word_then_said_he() -> None:
    found = quotes(
        "Walter Brisk, a former governor, backs the effort. Ann Teel opposes it.",
        "Brisk, who calls the governor a “menace,” said he does not expect a fight in July.",
    )
    assert found[0].speaker == "Walter Brisk"


def test_said_he_at_the_end_still_frames_the_quotation() -> None:
    found = quotes(
        "Walter Brisk, a former governor, backs the effort.",
        "“We are done here,” said he.",
    )
    assert found[0].speaker == "Walter Brisk"
