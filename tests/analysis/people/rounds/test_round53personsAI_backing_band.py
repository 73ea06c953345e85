"""Round 53 (personsAI): a name before "and the" and one plural word in capitals is a leader
with his band's players ("Bob Marley and the Wailers"), a person even when the next sentence
speaks of "The film"; "Harry Potter and the Cursed Child … The play" stays a title."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_leader_and_the_band_taken_up_as_a_film_stays_a_person() -> None:
    people = people_in(
        "Bob Marley and the Wailers played the Rainbow in London in 1977.",
        "The film, shot on those nights, opens next week.",
    )
    assert "Bob Marley" in people


def test_a_title_of_two_words_after_and_the_is_still_a_work() -> None:
    people = people_in(
        "Harry Potter and the Deathly Hallows will be shown at the Barbican.",
        "The film, directed by David Yates, closes the series.",
    )
    assert "Harry Potter" not in people
    assert "David Yates" in people
