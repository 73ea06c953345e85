"""Round 51 (a zoning board's hearing): "The applicant’s attorney, Diane Kowalczyk, told the board"
introduces someone named, not a source kept unnamed, so "the attorney said" after the chairman's
question is Kowalczyk's; "A former aide, Nicole Tran, … Another former aide, Rachel Pike, …" still
leaves "the former aide" to no one."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_attorney_named_in_apposition_is_meant() -> None:
    *_, q = quotes(
        "The applicant’s attorney, Diane Kowalczyk, told the board that the project would bring"
        " “$40 million a year in tax revenue.”",
        "Board Chair Samuel Ives pressed her on noise. “What will my neighbors hear at 2 a.m.?” the"
        " chairman asked.",
        "“A hum, at most, below the county’s limit,” the attorney said.",
    )
    assert q.speaker == "Diane Kowalczyk"


def test_two_aides_named_leave_the_former_aide_to_no_one() -> None:
    *_, q = quotes(
        "A former aide, Nicole Tran, said the senator was “the hardest-working person I have ever"
        " met.” Another former aide, Rachel Pike, disagreed. “He was tough, not cruel,” Pike said.",
        "The former aide was unpersuaded. “Ask the interns,” she said.",
    )
    assert q.speaker is None
