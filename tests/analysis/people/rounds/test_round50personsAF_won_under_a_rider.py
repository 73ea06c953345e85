"""Round 50 (personsAF): in a racing report, a name that "won the race last year under" a rider
named in full is the horse, no person; the rider and the trainer stay people."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_runner_that_won_under_its_rider_is_a_horse() -> None:
    people = people_in(
        "Danny Moss will miss the Grand National after a setback on the gallops.",
        "Danny Moss won the race last year under Rachael Blackmore.",
        "Trainer Gordon Elliott said he was disappointed for the owners.",
    )
    assert "Danny Moss" not in people
    assert {"Rachael Blackmore", "Gordon Elliott"} <= people


def test_a_trainer_who_won_under_rules_stays_a_person() -> None:
    people = people_in(
        "Trainer Gordon Elliott won his first race under Rules in 2006.",
        "Gordon Elliott said the horse was in great form.",
    )
    assert "Gordon Elliott" in people
