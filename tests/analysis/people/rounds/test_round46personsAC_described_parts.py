"""Round 46 (personsAC): a name after an actor's verb, "as the" and a description in lower case
is the part ("is to return as the scheming Kim Tate"); an actor billed after another's part
("as the barber and Helena Bonham Carter as") stays a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_name_after_return_as_the_and_a_description_is_a_part() -> None:
    assert people_in(
        "Rosalind Hale is to return as the scheming Margaret Penrose in Doctors.",
    ) == {"Rosalind Hale"}


def test_a_name_after_stars_as_the_and_a_description_is_a_part() -> None:
    assert people_in(
        "Sheridan Smith stars as the grieving widow Ellen Fenn in a new ITV drama.",
    ) == {"Sheridan Smith"}


def test_an_actor_billed_after_anothers_described_part_stays_a_person() -> None:
    assert {"Johnny Depp", "Helena Bonham Carter"} <= people_in(
        "The film stars Johnny Depp as the barber and Helena Bonham Carter as Mrs Lovett.",
    )
