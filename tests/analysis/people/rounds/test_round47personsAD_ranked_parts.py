"""Round 47 (personsAD): after an actor's verb and "as", a rank or job in capitals before the
name ("is to return as Superintendent Ted Hastings", "stars as Detective Inspector Jack
Frost") is the part's title, and the name the part; a detective named with her rank and no
"as" ("Detective Superintendent Karen Webb said") stays a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_name_after_return_as_and_a_rank_is_a_part() -> None:
    assert people_in(
        "Adrian Dunbar is to return as Superintendent Ted Hastings in a new series.",
        "Dunbar said he could not wait.",
    ) == {"Adrian Dunbar"}


def test_a_name_after_stars_as_and_two_ranks_is_a_part() -> None:
    assert "Jack Frost" not in people_in(
        "David Jason stars as Detective Inspector Jack Frost in the ITV drama.",
    )


def test_a_ranked_officer_with_no_as_stays_a_person() -> None:
    assert "Karen Webb" in people_in(
        "Detective Superintendent Karen Webb said the investigation would continue.",
    )
