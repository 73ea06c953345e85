"""A person described, not named, as a sentence's subject (round 23): a "he" or a bare quote after
it means that person, not the one quoted before; sentences written for each rule."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes

MEETING = [
    "Sen. Mark Tolliver met with Tom Riggs, an aide to the governor, on Monday.",
    "“We had a good talk,” Riggs said. “We will meet again next week.”",
]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["The senator disagreed. “Nothing was settled,” he said."],
        ["The senator was less upbeat.", "“Nothing was settled,” he said."],
        [
            "But the senator, who has opposed the plan for years, was unmoved. “Nothing was"
            " settled,” he said."
        ],
    ],
)
def test_an_office_opening_a_sentence_means_the_one_who_holds_it(paragraphs: list[str]) -> None:
    *_, q = quotes(*MEETING, *paragraphs)
    assert q.speaker == "Mark Tolliver"  # not Riggs, quoted last


@pytest.mark.parametrize(
    "paragraph",
    [
        "A lobbyist who attended the meeting disagreed. “Nothing was settled,” he said.",
        "Another man at the meeting disagreed. “Nothing was settled,” he said.",
    ],
)
def test_someone_unnamed_opening_a_sentence_leaves_the_he_after_it_no_ones(paragraph: str) -> None:
    *_, q = quotes(*MEETING, paragraph)
    assert q.speaker is None


def test_an_office_no_one_named_holds_leaves_the_he_after_it_no_ones() -> None:
    *_, q = quotes(
        "Mark Tolliver met with Tom Riggs, an aide to the governor, on Monday.",
        "“We had a good talk,” Riggs said.",
        "The senator disagreed. “Nothing was settled,” he said.",
    )
    assert q.speaker is None  # the article gives Riggs another office, and no one that one


def test_a_description_that_only_ends_like_a_persons_is_no_subject() -> None:
    *_, q = quotes(
        "Chancellor Angela Merkel heralded the deal with Turkey.",
        "The principle of non-refoulement is inspired by the failure of Europe during the war."
        " Article 33 affirms: “No Contracting State shall expel or return a refugee.”",
    )
    assert q.speaker is None


def test_a_possessive_before_the_description_is_no_verb() -> None:
    """ "The team’s owner, Richard Sallow, watched": the name in apposition is the subject."""
    *_, q = quotes(
        "“I heard from hundreds of people,” Andre Whitley said after the vote.",
        "The team’s owner, Richard Sallow, watched the vote from the gallery. He thanked the"
        " council, saying the stadium would “anchor a new downtown.”",
    )
    assert q.speaker == "Richard Sallow"


HOLLIS = "“We will keep fighting,” Dan Hollis said after the vote."


@pytest.mark.parametrize(
    "paragraph",
    [
        "Mr. Hollis’s rival was unimpressed. “This is a betrayal,” he said.",
        "His lawyer disagreed. “This is a betrayal,” he said.",
    ],
)
def test_someone_of_someone_opening_a_sentence_is_not_the_owner(paragraph: str) -> None:
    """ "Her lawyer", "Mr. Hollis’s rival": someone not named here, whom the "he" means."""
    _, q = quotes(HOLLIS, paragraph)
    assert q.speaker is None


def test_a_place_of_someone_opening_a_sentence_is_no_person() -> None:
    _, q = quotes(
        HOLLIS, "His district includes the plant, and its workers are angry. “It hurts,” he said."
    )
    assert q.speaker == "Dan Hollis"


def test_an_appositive_after_a_description_with_a_phrase_of_time_is_the_subject() -> None:
    """ "His opponent in November, businessman Tom Akers, pounced": Akers is the subject."""
    _, q = quotes(
        HOLLIS,
        "His opponent in November, businessman Tom Akers, pounced. “This is a betrayal,” he said.",
    )
    assert q.speaker == "Tom Akers"


def test_a_relative_of_the_other_gender_opening_a_sentence_leaves_the_she_hers() -> None:
    (q,) = quotes(
        "Betty Sizemore, 72, has lived in the same house since 1968. Her late husband built the"
        " porch. “This is home,” she said."
    )
    assert q.speaker == "Betty Sizemore"
