"""Round 48 (personsAE): in a racing report, a name with a race's winner in apposition ("Nick
Rockett, the Grand National winner,") is the horse; a rider or a trainer described otherwise
("the champion jockey") stays a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_races_winner_in_apposition_is_a_horse() -> None:
    people = people_in(
        "Danny Boyle, the Grand National winner, made a winning return at Aintree under Sean "
        "Quinlan.",
        "Trainer Lucy Wadham said he had come back well.",
    )
    assert "Danny Boyle" not in people
    assert "Sean Quinlan" in people


def test_last_years_winner_of_a_race_is_a_horse() -> None:
    assert "Harry Forbes" not in people_in(
        "Harry Forbes, last year's Gold Cup winner, was beaten at Cheltenham.",
        "Trainer Dan Skelton said he was fine.",
    )


def test_a_rider_described_otherwise_stays_a_person() -> None:
    assert "Tom Rowley" in people_in(
        "Tom Rowley, the champion jockey, rode two winners at Ascot.",
        "Trainer Dan Skelton said he was thrilled.",
    )
