"""Round 53 (personsAI): a full name opening a sentence, when the next opens with someone "who
created the" someone (a person's noun or a job: "the hapless chat show host"), is a character,
as no one creates a real person; "who created the company" leaves a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_the_one_a_comedian_created_is_a_character() -> None:
    people = people_in(
        "Brian Potter is to return to Channel 4 in a new series next spring.",
        "Peter Kay, who created the hapless club owner with Neil Fitzmaurice, said Brian Potter "
        'had "unfinished business" with the club.',
    )
    assert people == {"Peter Kay", "Neil Fitzmaurice"}


def test_the_founder_of_a_company_leaves_a_person() -> None:
    people = people_in(
        "Tom Hale is to retire from the board next spring.",
        "Jane Moss, who created the company with him in 1990, said he would be missed.",
    )
    assert people == {"Tom Hale", "Jane Moss"}
