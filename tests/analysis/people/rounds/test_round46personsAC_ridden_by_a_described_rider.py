"""Round 46 (personsAC): a full name opening a sentence that goes on ", ridden by" a rider
described in lower case before the name ("ridden by amateur jockey Patrick Mullins") is a
horse, no one; a rider "ridden by" no one named stays a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_name_ridden_by_a_described_rider_is_a_horse() -> None:
    assert people_in(
        "Harriet Vane won the Midlands National at Uttoxeter on Saturday, ridden by conditional"
        " jockey Aled Prosser.",
        "Prosser said it was the best day of his life.",
    ) == {"Aled Prosser"}


def test_a_name_ridden_by_the_wind_stays_a_person() -> None:
    assert "Harriet Vane" in people_in(
        "Harriet Vane sailed the Atlantic alone, ridden by the worst storms in a decade, and said"
        " she was proud.",
    )
