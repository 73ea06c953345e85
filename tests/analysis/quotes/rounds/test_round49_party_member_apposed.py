"""Round 49 (conservative web style): "Democrat" or "Republican" closing a description is a
party's member, not a surname ("The committee’s top Democrat, Rep. Gloria Hunt of Maryland, accused
Republicans of “…”"): the words are the name's set beside it, not no one's or an earlier speaker's."""

from __future__ import annotations

import pytest

from briefings.analysis.speech.speaker import parse_speaker
from tests.analysis.quotes.passages import quotes


@pytest.mark.parametrize(
    "description",
    ["The committee’s top Democrat", "The top Democrat", "The panel’s top Republican"],
)
def test_a_party_member_described_before_a_name(description: str) -> None:
    (q,) = quotes(
        "Harrow testified for three hours.",
        f"{description}, Rep. Gloria Hunt of Maryland, accused Republicans of “grandstanding over a"
        " tragedy.”",
    )
    assert q.speaker == "Gloria Hunt"  # not no one, nor Harrow


def test_a_ranking_democrat_before_a_name_is_still_a_title() -> None:
    speaker = parse_speaker("Ranking Democrat Elijah Cummings")
    assert speaker is not None and speaker.name == "Elijah Cummings"
