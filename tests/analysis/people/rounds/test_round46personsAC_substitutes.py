"""Round 46 (personsAC): a full name that "came off the bench" or "came on as a substitute" is a
player, a person, whatever lists hold its given name."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_name_that_came_off_the_bench_is_a_player() -> None:
    assert "Oluwaseun Adekola" in people_in(
        "Oluwaseun Adekola came off the bench to equalise as Stockport drew 1-1 at Reading.",
    )


def test_a_name_that_came_on_as_a_substitute_is_a_player() -> None:
    assert "Tiwatope Balogun" in people_in(
        "Tiwatope Balogun came on as a second-half substitute and set up the winner.",
    )
