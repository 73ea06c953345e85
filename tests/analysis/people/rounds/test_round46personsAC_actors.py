"""Round 46 (personsAC): a full name opening its sentence that "will play" a part "in" a work
named by its noun is an actor, a person, whatever lists hold its given name ("Odalys Fenn will
play Brother Cadfael in the new series"); two clubs that "will play" each other in a final stay
no one."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_name_that_will_play_a_part_in_a_series_is_an_actor() -> None:
    assert "Zindzi Okoro" in people_in(
        "Zindzi Okoro will play Morwenna Trask in the BBC's new Cornish drama.",
    )


def test_a_name_that_is_to_play_a_described_part_in_a_film_is_an_actor() -> None:
    assert "Temitope Adeyemi" in people_in(
        "Temitope Adeyemi is to play detective Marnie Lusk in a film of the novel.",
    )


def test_clubs_that_will_play_each_other_stay_no_one() -> None:
    assert not people_in("Real Betis will play Sporting Braga in the final in Wroclaw.")
