"""Attribution round 36: an appositive giving an office with "of" before the name names the person."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_name_after_secretary_of_state_in_an_appositive_speaks() -> None:
    (q,) = quotes(
        "The state’s chief election officer, Secretary of State Maria Lindqvist, said the"
        " deadline was “set in statute, not by me.”"
    )
    assert q.speaker == "Maria Lindqvist"


def test_an_office_with_no_name_after_it_names_no_one() -> None:
    (q,) = quotes(
        "The head of the agency, Director of the Bureau of Prisons, said the plan was “fine.”"
    )
    assert q.speaker is None


def test_a_name_before_of_and_a_body_stays_the_speaker() -> None:
    *_, q = quotes(
        "One pastor backing the senator, Carlton Meeks of Grace Baptist Church in Ames, said he"
        " had called every pastor in the county.",
        "“Find your polling place and get there,” he tells parishioners.",
    )
    assert q.speaker == "Carlton Meeks"
