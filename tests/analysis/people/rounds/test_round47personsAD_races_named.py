"""Round 47 (personsAD): a report naming the Grand National or a race's Stakes is a racing
report, so its runners placed or priced are horses ("Gerri Colombe was second"); a report on
"high stakes" talks with no race named keeps "Tom Rees was second" a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_runners_of_the_grand_national_placed_are_no_one() -> None:
    assert people_in(
        "Silver Quarry, a 33-1 outsider, won the Grand National at Aintree under Ellen Doyle.",
        "Gerri Colombe was second and Iroko third.",
        "Doyle said it was the best day of her career.",
    ) == {"Ellen Doyle"}


def test_a_runner_of_a_stakes_race_placed_is_no_one() -> None:
    assert "Jim Benson" not in people_in(
        "Lady Grey won the Greenham Stakes at Newbury on Saturday.",
        "Jim Benson was second.",
    )


def test_a_person_placed_in_a_report_of_high_stakes_stays_a_person() -> None:
    assert "Tom Rees" in people_in(
        "The high stakes final went to a tie-break in Sheffield.",
        "Tom Rees was second.",
    )
