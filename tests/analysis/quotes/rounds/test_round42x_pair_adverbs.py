"""Round 42x: two men as one subject with an adverb before their verb ("Abbott and Lt. Gov. Dan
Patrick then met with reporters. “…,” he said") are a pair: the "he" may mean either, so no one;
one man after the pair stays his."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

OPENING = "Gov. Greg Abbott signed the bill on Monday."


def test_he_after_a_pair_then_meeting_is_no_one() -> None:
    found = quotes(
        OPENING,
        "Abbott and Lt. Gov. Dan Patrick then met with reporters. “We got it done,” he said.",
    )
    assert speaker_of(found, "We got it done") is None


def test_he_after_a_pair_also_speaking_is_no_one() -> None:
    found = quotes(
        OPENING,
        "Abbott and Lt. Gov. Dan Patrick later spoke to reporters. “We got it done,” he said.",
    )
    assert speaker_of(found, "We got it done") is None


def test_one_man_then_meeting_stays_his() -> None:
    found = quotes(OPENING, "Abbott then met with reporters. “We got it done,” he said.")
    assert speaker_of(found, "We got it done") == "Greg Abbott"
