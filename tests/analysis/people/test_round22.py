"""Round 22: British business, entertainment and sport copy of our own (works, firms, horses, parts)."""

from __future__ import annotations

import pytest

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The film stars Jude Law in the role made famous by Michael Caine.", "Jude Law"),
        ("Tom Law said the club had been unlucky.", "Tom Law"),
        ("Actress Doris Day, who has died aged 97, made 39 films.", "Doris Day"),
    ],
)
def test_a_surname_that_ends_a_laws_name_with_a_persons_marks_is_a_person(
    text: str, person: str
) -> None:
    assert person in _people(text)


@pytest.mark.parametrize(
    "text", ["Schools in Ontario close on Victoria Day.", "The army declared Martial Law."]
)
def test_a_days_or_a_laws_name_stays_no_person(text: str) -> None:
    assert not _people(text)


@pytest.mark.parametrize(
    ("text", "person", "part"),
    [
        (
            "Renee Zellweger returns, with Hugh Grant as Daniel Cleaver and Colin Firth as Mark"
            " Darcy.",
            "Colin Firth",
            "Mark Darcy",
        ),
        (
            "Brendan O'Carroll plays Agnes Brown, the Dublin matriarch, in the sitcom he wrote.",
            "Brendan O'Carroll",
            "Agnes Brown",
        ),
    ],
)
def test_parts_in_a_cast_list_or_played_in_a_work_are_no_people(
    text: str, person: str, part: str
) -> None:
    people = _people(text)
    assert person in people
    assert part not in people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Gordon Brown replaced Tony Blair as Labour leader.", {"Gordon Brown", "Tony Blair"}),
        ("The bill has Elton John as well as Robbie Williams.", {"Elton John", "Robbie Williams"}),
        ("Roger Federer plays Andy Roddick, the holder, in the final.", {"Andy Roddick"}),
    ],
)
def test_people_after_as_or_plays_outside_a_cast_stay_people(text: str, people: set[str]) -> None:
    assert people <= _people(text)
