"""Round 22: British business, entertainment and sport copy of our own (works, firms, horses, parts)."""

from __future__ import annotations

import pytest

from tests.analysis.people.passages import people_in


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
    assert person in people_in(text)


@pytest.mark.parametrize(
    "text", ["Schools in Ontario close on Victoria Day.", "The army declared Martial Law."]
)
def test_a_days_or_a_laws_name_stays_no_person(text: str) -> None:
    assert not people_in(text)


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
    people = people_in(text)
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
    assert people <= people_in(text)


@pytest.mark.parametrize(
    ("paragraphs", "not_person"),
    [
        (("Its smaller rival Freddie Mac restated its results last year.",), "Freddie Mac"),
        (("Rival First Choice said its own bookings were in line with hopes.",), "First Choice"),
        (("The firm's main rival, Paddy Power, said trading was strong.",), "Paddy Power"),
        (("Kauto Star beat stablemate Harry Topper by two lengths.",), "Harry Topper"),
    ],
)
def test_a_things_rival_is_no_person(paragraphs: tuple[str, ...], not_person: str) -> None:
    assert not_person not in people_in(*paragraphs)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("His Tory rival David Davis said he would stand.", "David Davis"),
        ("Kerry's rival George Bush said his plan worked.", "George Bush"),
        ("Rival Tony Blair said he would stand.", "Tony Blair"),
    ],
)
def test_a_persons_rival_stays_a_person(text: str, person: str) -> None:
    assert person in people_in(text)


def test_a_name_taken_up_as_a_horse_is_no_person() -> None:
    people = people_in(
        "Hardy Eustace won the Champion Hurdle at Cheltenham for the second year running.",
        "The nine-year-old, ridden by Conor O'Dwyer, held off Harchibald by a neck.",
        "He is a real star, said trainer Dessie Hughes.",
    )
    assert "Hardy Eustace" not in people
    assert {"Conor O'Dwyer", "Dessie Hughes"} <= people


def test_a_name_taken_up_as_an_athlete_stays_a_person() -> None:
    people = people_in(
        "Paula Radcliffe won the London Marathon for the third time.",
        "The 31-year-old, coached by her husband Gary Lough, led from the start.",
    )
    assert "Paula Radcliffe" in people


@pytest.mark.parametrize(
    ("paragraphs", "not_person"),
    [
        (("Karen Millen and French Connection also reported strong trading.",), "Karen Millen"),
        (
            (
                "The game, made by Edinburgh-based Rockstar North, follows Carl Johnson, a gang member.",
            ),
            "Carl Johnson",
        ),
        (
            (
                "The writers of Father Ted, Graham Linehan and Arthur Mathews, have a new show.",
                "Father Ted ran for three series and starred Dermot Morgan.",
            ),
            "Ted",
        ),
    ],
)
def test_firms_joined_in_a_report_a_storys_hero_after_an_aside_and_a_titled_work(
    paragraphs: tuple[str, ...], not_person: str
) -> None:
    people = people_in(*paragraphs)
    assert not_person not in people
    assert all(not p.endswith("Ted") for p in people)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Tom Smith and Jane Doe reported seeing the car.", "Tom Smith"),
        ("The creator of Father Ted Crilly, Graham Linehan, said so.", "Ted Crilly"),
        ("The documentary, made by the BBC, follows Gordon Brown, the chancellor.", "Gordon Brown"),
    ],
)
def test_people_reporting_followed_by_a_documentary_or_titled_in_full_stay_people(
    text: str, person: str
) -> None:
    assert person in people_in(text)


def test_two_given_names_before_one_surname_name_two_people() -> None:
    people = people_in("The chain was founded by Bernard and Laura Ashley in 1953.")
    assert {"Bernard Ashley", "Laura Ashley"} <= people


@pytest.mark.parametrize(
    ("paragraphs", "not_person"),
    [
        (("Tony Blair spoke first.", "Later Blair and Gordon Brown met."), "Blair Brown"),
        (
            ("Hillary Clinton spoke.", "It will help Hillary and Tim Kaine get elected."),
            "Hillary Kaine",
        ),
    ],
)
def test_a_lone_name_before_and_that_names_someone_else_here_is_that_person(
    paragraphs: tuple[str, ...], not_person: str
) -> None:
    assert not_person not in people_in(*paragraphs)


@pytest.mark.parametrize(
    ("text", "person", "work"),
    [
        (
            "Vera Drake and Mona Lisa Smile were nominated for best film, said Tom Smith.",
            "Tom Smith",
            "Vera Drake",
        ),
        ("Jamie Foxx won best actor for Ray Finch.", "Jamie Foxx", "Ray Finch"),
    ],
)
def test_works_nominated_together_or_won_for_are_no_people(
    text: str, person: str, work: str
) -> None:
    people = people_in(text)
    assert person in people
    assert work not in people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("He was best man for Tom Smith at the wedding.", "Tom Smith"),
        ("Joss Stone and Amy Winehouse won best British female jointly.", "Joss Stone"),
    ],
)
def test_people_after_best_or_joined_to_a_winner_stay_people(text: str, person: str) -> None:
    assert person in people_in(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Spice Girl Victoria Beckham came seventh.", "Victoria Beckham"),
        ("Golden Boy Michael Owen scored twice.", "Michael Owen"),
    ],
)
def test_a_nickname_ending_in_a_persons_noun_is_no_part_of_the_name(text: str, person: str) -> None:
    assert person in people_in(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Will Young has scored his fourth UK number one single.", "Will Young"),
        ("Will Smith said he would return for a sequel.", "Will Smith"),
    ],
)
def test_a_given_name_that_is_a_modal_opens_a_name_before_a_verb(text: str, person: str) -> None:
    assert person in people_in(text)


@pytest.mark.parametrize(
    "text", ["May Day is a holiday in Britain.", "Will Young score again?", "De Blasio said no."]
)
def test_a_modal_or_a_day_opening_a_sentence_names_no_one(text: str) -> None:
    assert not {"Will Young", "May Day", "De Blasio"} & people_in(text)


def test_a_one_word_name_taken_up_as_a_singer_is_a_person() -> None:
    people = people_in(
        "Madonna has topped a list of the richest women in music.",
        "The singer, who lives in London, has a fortune of £235m.",
    )
    assert "Madonna" in people


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Chelsea lost again on Saturday.", "The striker, who joined in May, was booed."),
        ("Keane topped the album chart.", "The singer Tom Chaplin said he was thrilled."),
    ],
)
def test_a_club_or_band_before_another_person_stays_no_person(paragraphs: tuple[str, ...]) -> None:
    assert not {"Chelsea", "Keane"} & people_in(*paragraphs)


def test_a_name_and_the_words_of_a_title_before_a_singular_verb_is_a_work() -> None:
    people = people_in(
        "Harry Potter and the Half-Blood Prince has become the fastest-selling book in UK"
        " history, said Tim Waterstone."
    )
    assert "Harry Potter" not in people
    assert "Tim Waterstone" in people


@pytest.mark.parametrize(
    "text",
    [
        "Tony Blair and the Queen have met at Balmoral.",
        "The row between Tony Blair and the Prince of Wales is over.",
    ],
)
def test_a_person_and_another_before_their_verb_stays_a_person(text: str) -> None:
    assert "Tony Blair" in people_in(text)
