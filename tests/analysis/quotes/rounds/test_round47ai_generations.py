"""Round 47ai: a name ending in "II", "III" or "IV" ("Rear Adm. Thomas R. Whitfield III") is a
person, not a body named by its initials, so a "he" two sentences after it is that person."""

from __future__ import annotations

from briefings.analysis.speech.speaker import parse_speaker
from tests.analysis.quotes.passages import speaker_in

OPENING = "NORFOLK — The dry dock sat empty for 19 months before anyone in Washington noticed."


def test_a_he_after_a_name_with_a_generation_is_that_man() -> None:
    speaker = speaker_in(
        OPENING,
        "Rear Adm. Thomas R. Whitfield III arrived at the shipyard in 2021 with orders to fix it."
        " He had commanded two attack submarines. Within weeks he concluded that the problems were"
        " not about money. “We had the dollars,” he said in an interview.",
        piece="dollars",
    )
    assert speaker is not None and "Whitfield" in speaker.split()


def test_a_generation_is_no_bodys_initials() -> None:
    speaker = parse_speaker("Michael J. Ferrante II")
    assert speaker is not None and not speaker.is_org
    body = parse_speaker("World War II")
    assert body is not None and body.is_org
