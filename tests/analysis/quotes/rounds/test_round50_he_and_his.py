"""Round 50 (found checking PolNeAR's tuned half after "Manny" became a man's name): a sentence
whose subject is a pronoun joined to a possessive's person ("He and his partner came … because they
wanted to show that “…”", "He and his wife said …") is two people's words, so no one's alone."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes


@pytest.mark.parametrize(
    "sentence",
    [
        "He and his partner came to the events because they wanted to show that “they can’t"
        " scare us back into the closet.”",
        "He and his wife said the plan was “a disgrace.”",
    ],
)
def test_he_and_his_partner_are_two(sentence: str) -> None:
    found = quotes("Jim Gomez said the police at Pride were a welcome sight. " + sentence)
    assert found[-1].speaker is None  # not Jim Gomez alone


def test_he_alone_is_still_him() -> None:
    found = quotes(
        "Jim Gomez said the police were a welcome sight. He came because he wanted to show that"
        " “they can’t scare us.”"
    )
    assert found[-1].speaker == "Jim Gomez"
