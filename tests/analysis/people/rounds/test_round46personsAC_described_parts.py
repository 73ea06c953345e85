"""Round 46 (personsAC): a name after an actor's verb, "as the" and a description in lower case
is the part ("is to return as the scheming Kim Tate"); an actor billed after another's part
("as the barber and Helena Bonham Carter as") stays a person."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def test_a_name_after_return_as_the_and_a_description_is_a_part() -> None:
    assert _people(
        "Rosalind Hale is to return as the scheming Margaret Penrose in Doctors.",
    ) == {"Rosalind Hale"}


def test_a_name_after_stars_as_the_and_a_description_is_a_part() -> None:
    assert _people(
        "Sheridan Smith stars as the grieving widow Ellen Fenn in a new ITV drama.",
    ) == {"Sheridan Smith"}


def test_an_actor_billed_after_anothers_described_part_stays_a_person() -> None:
    assert {"Johnny Depp", "Helena Bonham Carter"} <= _people(
        "The film stars Johnny Depp as the barber and Helena Bonham Carter as Mrs Lovett.",
    )
