"""Round 53 (personsAI): in a racing report, a name that "won the Champion Hurdle" (a race named
in capitals, ending on a word only races end on) with no horse it won "on", or that a placed
runner finished "behind", is a runner; a jockey who won "on" a horse stays a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_name_that_won_a_hurdle_is_a_runner() -> None:
    people = people_in(
        "The horse won the Cheltenham Gold Cup in 2005, a year after Hardy Eustace won the "
        "Champion Hurdle.",
        "Trainer Tom Taaffe said it was a sad day for the yard.",
    )
    assert people == {"Tom Taaffe"}


def test_a_name_a_placed_runner_finished_behind_is_a_runner() -> None:
    people = people_in(
        "Harchibald finished second in the Champion Hurdle behind Hardy Eustace on Tuesday.",
        "Trainer Noel Meade said he was proud of the horse.",
    )
    assert "Hardy Eustace" not in people
    assert "Noel Meade" in people


def test_a_jockey_who_won_on_a_horse_stays_a_person() -> None:
    people = people_in(
        "Barry Geraghty won the Queen Mother Champion Chase on Moscow Flyer.",
        "Trainer Jessica Harrington said the horse had been brilliant.",
    )
    assert "Barry Geraghty" in people
