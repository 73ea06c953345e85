"""Speakers in the copy of outlets the rules were not tuned on (round 22): sentences written for
each rule the articles of `evaluation/labels/written_attribution.json` showed it needed."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Companies have always taken stands,” radio host Carla Benitez said on Tuesday.",
        "“Companies have always taken stands,” talk show host Carla Benitez said.",
        "“Companies have always taken stands,” host Carla Benitez said.",
    ],
)
def test_a_short_job_word_before_the_name_after_a_quotation(paragraph: str) -> None:
    (q,) = quotes(paragraph)
    assert q.speaker == "Carla Benitez"


@pytest.mark.parametrize(
    "paragraph",
    [
        "The bill’s sponsor, state Sen. Rita Coleman, said voting had caused “confusion and"
        " delays” in other states.",
        "Her ally, state Rep. Rita Coleman, said: “We didn’t want that here.”",
        "Her critic, radio host Rita Coleman, said the bill was “a solution in search of a"
        " problem.”",
    ],
)
def test_an_appositive_opening_with_lower_case_job_words_names_the_speaker(paragraph: str) -> None:
    (q,) = quotes(paragraph)
    assert q.speaker == "Rita Coleman"


def test_an_appositive_of_a_function_word_and_a_job_names_no_one_after_it() -> None:
    (q,) = quotes("Their sponsor, the bill’s author, said it would “end the confusion.”")
    assert q.speaker is None


SORENSEN = [
    "Mark Sorensen, whose son, Marine Lance Cpl. Kyle Sorensen, was killed in the Kabul airport"
    " bombing, stood up during the session.",
    "“My son died because of decisions made in Washington,” Sorensen said.",
    "In an interview, Sorensen said he had no plans to stop speaking out.",
    "“As long as I have breath, I will speak for my son,” he said.",
]


def test_a_surname_means_the_person_not_introduced_as_a_relative() -> None:
    first, second = quotes(*SORENSEN)
    assert first.speaker == "Mark Sorensen"
    assert second.speaker == "Mark Sorensen"  # "he" after "Sorensen said he", not the son


def test_a_surname_two_people_share_in_their_own_right_stays_no_ones() -> None:
    (q,) = quotes(
        "Mark Sorensen and Kyle Sorensen stood up during the session.",
        "“My son died because of decisions made in Washington,” Sorensen said.",
    )
    assert q.speaker is None


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Linda Okonkwo, a former prosecutor, spoke on Monday.",
                "Her supervisor, Richard Bellamy, told her to “let it go,” she said.",
            ],
            "Richard Bellamy",
        ),
        (
            [
                "House Speaker Dennis Farraday met the governor.",
                "Farraday, who has served for 22 years, replied that the governor had “never run"
                " anything bigger than a law office,” according to two of the people.",
            ],
            "Dennis Farraday",
        ),
        (
            [
                "Ms. Ada Nwanguma held up her signs at the rally.",
                "Supporters began shoving her, calling her “leftist scum,” she said.",
            ],
            "Ada Nwanguma",
        ),
    ],
)
def test_words_a_speech_verb_before_the_quotation_reports_are_its_subjects(
    paragraphs: list[str], speaker: str
) -> None:
    """Nested: the clause after the quotation reports that someone told or replied the words."""
    *_, q = quotes(*paragraphs)
    assert q.speaker == speaker


def test_a_description_after_a_place_named_with_the_is_the_subject() -> None:
    """ "At the Capitol, the speaker said": an opening place, not a person the description is
    in apposition to."""
    _, q = quotes(
        "House Speaker Dennis Farraday met the governor. “We will see,” Farraday said.",
        "At the Capitol, the speaker said the governor was “living in a fantasy world.”",
    )
    assert q.speaker == "Dennis Farraday"
