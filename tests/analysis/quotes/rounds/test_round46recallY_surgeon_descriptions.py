"""Round 46: a specialist surgeon is a person ("the retired neurosurgeon said he was “…”"), as a
surgeon was: the description goes to the most salient person, as "the senator" does."""

from __future__ import annotations

import pytest

from briefings.analysis.speech.words import person_head
from tests.analysis.quotes.passages import quotes


@pytest.mark.parametrize("word", ["neurosurgeon", "surgeon", "cardiosurgeon"])
def test_a_kind_of_surgeon_is_a_person(word: str) -> None:
    assert person_head(word)


def test_the_retired_neurosurgeon_is_the_candidate_just_named() -> None:
    found = quotes(
        "Republican presidential candidate Ben Walsh once drew close to the front-runner in "
        "national polls. But Walsh fell to 10 percent in the latest poll, behind Sen. Ted Cruz.",
        "The retired neurosurgeon has given no details of his plans, saying in a statement only "
        "that he was “refining some practices.”",
    )
    assert next(q.speaker for q in found if "refining" in q.text) == "Ben Walsh"
