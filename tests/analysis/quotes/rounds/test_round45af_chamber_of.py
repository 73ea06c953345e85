"""Round 45: a body's name with "of" after a body's word the lists of heads lacked ("Chamber of
Progress", "Coalition of Immokalee Workers") is one body, not a person surnamed "Progress";
"Secretary of State John Kerry" stays a title and a name."""

from __future__ import annotations

from briefings.analysis.speech.speaker import parse_speaker
from tests.analysis.quotes.passages import quotes, speaker_of


def test_a_chamber_of_something_speaks_whole() -> None:
    found = quotes(
        "The Chamber of Renewal argued that the tax would “drive every startup out of the state.”"
    )
    assert speaker_of(found, "drive every startup out of the state") == "Chamber of Renewal"


def test_a_coalition_of_workers_is_one_body() -> None:
    body = parse_speaker("the Coalition of Harbor Workers")
    assert body is not None and body.is_org and body.name == "Coalition of Harbor Workers"


def test_a_title_with_of_before_a_name_stays_so() -> None:
    person = parse_speaker("Secretary of State John Kerry")
    assert person is not None and person.name == "John Kerry"
