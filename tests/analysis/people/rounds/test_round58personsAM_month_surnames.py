"""Round 58 (personsAM): a month's name right after a given name or a courtesy title, with no
day's number, is a surname ("Theresa May", "Mrs May", "Brian May")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_shadow_secretary_named_may_is_listed_whole() -> None:
    people = people_in(
        "Shadow Secretary for the Family Theresa May has promised tax relief for carers.",
        "Mrs May told the conference in Birmingham that carers saved billions.",
    )
    assert people == {"Theresa May"}


def test_a_guitarist_named_may_who_speaks_is_a_person() -> None:
    assert people_in("Brian May said the band would tour again next year.") == {"Brian May"}


def test_a_month_with_its_days_number_stays_a_date() -> None:
    people = people_in(
        "Peter Carroll said the election on Thursday May 5 would be close.",
        "The vote is due by Easter Monday May 5.",
    )
    assert people == {"Peter Carroll"}
