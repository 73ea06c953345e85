"""Round 45: a passive naming verb with its agent after the quotation ("has been called
“strategic fog” by Dana Whitcomb, a professor at Boston College") gives the agent's words; an
agent that is no named person ("by critics", "by the New York Times", "by Marsh’s office")
gives no one."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

OPENING = "Governor Linda Marsh spoke in Albany on Monday about the new toll plan."


def test_the_agent_of_called_speaks() -> None:
    found = quotes(
        OPENING,
        "This habit of the toll board has been called “strategic fog” by Dana Whitcomb, a "
        "professor at Boston College, and it makes the money hard to trace.",
    )
    assert speaker_of(found, "strategic fog") == "Dana Whitcomb"


def test_the_agent_of_described_as_speaks() -> None:
    found = quotes(
        OPENING,
        "The plan was described as “a slow-motion bailout” by Senator Paul Ambrose on Tuesday.",
    )
    assert speaker_of(found, "slow-motion bailout") == "Paul Ambrose"


def test_an_agent_that_is_no_named_person_is_no_one() -> None:
    found = quotes(
        OPENING,
        "The plan was called “a slow-motion heist” by critics. It was called “a quiet tax” by "
        "the New York Times, and it was called “a fair deal” by Marsh’s office.",
    )
    assert speaker_of(found, "slow-motion heist") is None
    assert speaker_of(found, "a quiet tax") is None
    assert speaker_of(found, "a fair deal") is None
