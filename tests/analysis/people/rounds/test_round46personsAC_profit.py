"""Round 46 (personsAC): a name whose accounts turn to a profit or a loss ("Hetty Marlowe has
returned to profit", "swung to a loss", "fell into the red") is a firm, not a person; a person
who returns to the stage, or says a firm will return to profit, stays a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_name_returned_to_profit_is_a_firm() -> None:
    assert people_in(
        "Hetty Marlowe has returned to profit for the first time since the pandemic.",
        "Chief executive Rosalind Acheson said the chain had cut its costs.",
    ) == {"Rosalind Acheson"}


def test_a_name_that_swung_to_a_loss_or_fell_into_the_red_is_a_firm() -> None:
    assert "Gideon Pask" not in people_in(
        "Gideon Pask swung to a pre-tax loss of £4m in the year to March.",
    )
    assert "Lettice Brand" not in people_in(
        "Lettice Brand fell into the red after a poor Christmas.",
    )


def test_a_person_returning_to_the_stage_or_speaking_of_profit_stays() -> None:
    assert "Imogen Carrow" in people_in(
        "Imogen Carrow returned to the stage in Manchester, three years after her last tour.",
        "Carrow said she had missed the audience.",
    )
    assert "Tobias Wren" in people_in(
        "Tobias Wren said the club would return to profit by 2027.",
    )
