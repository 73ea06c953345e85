"""Round 58 (personsAM): a given name alone right after a known body's possessive is the body's
product, no person, wherever else the article names it ("Amazon's Alexa", "Apple's Siri")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_voice_assistant_asked_to_play_a_station_is_no_one() -> None:
    people = people_in(
        "Listeners can ask Amazon's Alexa or Apple's Siri to play a station.",
        "Jeremy Vine said listeners had asked Alexa to find his show.",
    )
    assert people == {"Jeremy Vine"}


def test_a_bodys_people_named_in_full_stay_people() -> None:
    people = people_in(
        "Amazon's Jeff Bezos said the speaker had sold well.",
        "The BBC's Nick Robinson said the vote was close.",
    )
    assert people == {"Jeff Bezos", "Nick Robinson"}
