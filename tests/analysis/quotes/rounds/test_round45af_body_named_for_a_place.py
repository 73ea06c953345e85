"""Round 45: a body whose name is a state and one word ("Georgia Power", "Montana Wild") is the
body that speaks, not a person surnamed "Power" with the state for a title; a state before a
party's word ("the Ohio Republican") or before a title and a name stays as it was."""

from __future__ import annotations

from briefings.analysis.speech.speaker import parse_speaker
from tests.analysis.quotes.passages import quotes, speaker_of


def test_a_utility_named_for_its_state_speaks() -> None:
    found = quotes(
        "Crews worked through the night to restore power across Atlanta. In a statement, Georgia "
        "Power said the outages were “the worst our system has seen in a decade”."
    )
    assert speaker_of(found, "the worst our system has seen") == "Georgia Power"


def test_a_group_named_for_its_state_speaks() -> None:
    found = quotes(
        "Conservationists sued the Forest Service on Monday. Montana Wild said the logging plan "
        "was “a gift to the timber companies.”"
    )
    assert speaker_of(found, "a gift to the timber companies") == "Montana Wild"


def test_a_place_before_a_title_or_a_party_word_is_not_a_body() -> None:
    governor = parse_speaker("Oregon Gov. Kate Brown")
    assert governor is not None and governor.name == "Kate Brown"
    body = parse_speaker("the Ohio Republican")
    assert body is not None and not body.is_org
