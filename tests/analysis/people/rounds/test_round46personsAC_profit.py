"""Round 46 (personsAC): a name whose accounts turn to a profit or a loss ("Hetty Marlowe has
returned to profit", "swung to a loss", "fell into the red") is a firm, not a person; a person
who returns to the stage, or says a firm will return to profit, stays a person."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def test_a_name_returned_to_profit_is_a_firm() -> None:
    assert _people(
        "Hetty Marlowe has returned to profit for the first time since the pandemic.",
        "Chief executive Rosalind Acheson said the chain had cut its costs.",
    ) == {"Rosalind Acheson"}


def test_a_name_that_swung_to_a_loss_or_fell_into_the_red_is_a_firm() -> None:
    assert "Gideon Pask" not in _people(
        "Gideon Pask swung to a pre-tax loss of £4m in the year to March.",
    )
    assert "Lettice Brand" not in _people(
        "Lettice Brand fell into the red after a poor Christmas.",
    )


def test_a_person_returning_to_the_stage_or_speaking_of_profit_stays() -> None:
    assert "Imogen Carrow" in _people(
        "Imogen Carrow returned to the stage in Manchester, three years after her last tour.",
        "Carrow said she had missed the audience.",
    )
    assert "Tobias Wren" in _people(
        "Tobias Wren said the club would return to profit by 2027.",
    )
