"""Round 51 (personsAG): a name opening its sentence before "and the" and words in capitals, taken
up by the next sentence as "The play", opens a work's title, no person; "and the Queen" (a
person's noun) leaves the name a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_title_the_next_sentence_calls_the_play_is_no_person() -> None:
    people = people_in(
        "Harry Potter and the Cursed Child will close on Broadway in the spring.",
        "The play, written by Jack Thorne, has been seen by four million people.",
    )
    assert "Harry Potter" not in people
    assert "Jack Thorne" in people


def test_a_person_beside_the_queen_stays_a_person() -> None:
    people = people_in(
        "Tony Blair and the Queen will see a play at the Globe.",
        "The play, written by Tom Stoppard, opened last week.",
    )
    assert "Tony Blair" in people
