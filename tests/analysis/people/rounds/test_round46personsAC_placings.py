"""Round 46 (personsAC): runners placed or priced in a racing report are horses, not people
("Marlow Fenwick was second", "Dora Kettle, the 25-1 shot,"), while riders, trainers and
boxers placed or priced stay people."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_runner_placed_in_a_racing_report_is_no_one() -> None:
    assert people_in(
        "Bold Harbour won the Scottish Champion Hurdle at Ayr on Saturday.",
        "Marlow Fenwick was second and Elsie Brandon third.",
        "Trainer Gwen Tallis said the gelding had relished the ground.",
    ) == {"Gwen Tallis"}


def test_a_runner_placed_after_another_with_with_is_no_one() -> None:
    assert people_in(
        "Trainer Rhodri Penhale said his mare had run the race of her life.",
        "Cassie Brennock finished third at 12-1, with Hector Lumley fourth.",
    ) == {"Rhodri Penhale"}


def test_a_runner_priced_after_a_comma_is_no_one() -> None:
    assert people_in(
        "Dora Kettle, the 25-1 shot, won the Lincoln at Doncaster by a short head.",
        "Felix Carnaby, a 50-1 outsider, was pulled up before the last furlong.",
        "Jockey Tamsin Quayle said she had hoped for a good run.",
    ) == {"Tamsin Quayle"}


def test_a_rider_or_trainer_placed_stays_a_person() -> None:
    assert people_in(
        "Trainer Owain Pryce said the horse had been unlucky.",
        "Bethan Morley was second on the favourite and Callum Rusk third in the jockeys' championship.",
    ) >= {"Owain Pryce", "Bethan Morley"}


def test_a_boxer_or_a_golfer_placed_or_priced_stays_a_person() -> None:
    assert "Darnell Okafor" in people_in(
        "Darnell Okafor, the 4-1 outsider, stopped the champion in the ninth round of the bout.",
        "His trainer, Reuben Hale, said the fight had gone to plan.",
    )
    assert "Stuart Vennick" in people_in(
        "Stuart Vennick was second at the Open at Troon after a final round of 66.",
        "Vennick said he had putted well.",
    )
