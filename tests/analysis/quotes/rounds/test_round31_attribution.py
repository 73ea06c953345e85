"""Attribution round 31: words put in no one's mouth rather than the wrong one's; sentences written
for each rule (each fails without it)."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes


def test_a_show_after_a_bare_apostrophe_is_no_quote() -> None:
    found = quotes(
        "Republican Gov. Brad Keller of Tennessee did not hold back in an appearance on Fox News’"
        " “Hannity” on Monday night. “It’s simple, Sean,” Keller said."
    )
    assert [q.text for q in found] == ["It’s simple, Sean"]


def test_a_bodys_member_apposed_before_the_verb_speaks_not_the_bodys_owner() -> None:
    *_, q = quotes(
        "Former President Donald Trump lashed out at Kevin Garrity on Thursday.",
        "The Trump campaign’s national press secretary, Caroline Hess, said in a statement that"
        " Garrity was “a bitter, disgruntled ex-employee.”",
    )
    assert q.speaker == "Caroline Hess"


def test_the_body_itself_still_speaks() -> None:
    *_, q = quotes(
        "The Trump campaign said in a statement that Garrity was “a bitter, disgruntled"
        " ex-employee.”"
    )
    assert q.speaker == "Trump campaign"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Hill reported on Tuesday that Benton had urged the president to “stop talking about"
        " GDP.”",
        "According to the Daily Mail, two White House aides told the outlet that the speeches were"
        " “landing with a thud.”",
    ],
)
def test_an_outlet_named_with_the_is_no_person(sentence: str) -> None:
    *_, q = quotes("Jared Benton is an adviser to the president.", sentence)
    assert q.speaker in {None, "Daily Mail", "The Hill", "Hill"}
    assert q.found_by in {"", "organisation"}


def test_a_newspaper_apposed_as_one_is_no_description_of_a_person() -> None:
    found = quotes(
        "Sen. Evelyn Marsh is running again.",
        "The New Hampshire Union Leader, the state’s largest newspaper, said in an editorial that"
        " Marsh had “earned another term.”",
    )
    assert found[-1].speaker == "New Hampshire Union Leader"


def test_a_leader_described_is_still_a_person() -> None:
    *_, q = quotes(
        "Sen. Evelyn Marsh is running again. Senate Majority Leader Tom Hale backs her.",
        "“She is a fine senator,” the Senate Majority Leader said.",
    )
    assert q.speaker == "Tom Hale"


@pytest.mark.parametrize(
    ("asking", "answer"),
    [
        (
            "Collins pressed Garrity on whether he would vote for Trump.",
            "“No,” he said. “And a lot of people who worked for him won’t either.”",
        ),
        (
            "Welker pressed her on whether the nominee shared the blame.",
            "“I think we all share it,” she said.",
        ),
    ],
)
def test_a_pronoun_after_a_question_pressed_is_not_the_askers(asking: str, answer: str) -> None:
    opening = (
        "Kevin Garrity and Sen. Karen Ostrowski spoke to CNN’s Kaitlan Collins and NBC’s Kristen"
        " Welker on Sunday."
    )
    found = quotes(opening, f"{asking} {answer}")
    assert found and all(q.speaker not in {"Kaitlan Collins", "Kristen Welker"} for q in found)


def test_the_one_pressed_answers_by_name() -> None:
    *_, q = quotes(
        "Kevin Garrity spoke to CNN’s Kaitlan Collins on Sunday.",
        "Collins pressed Garrity on whether he would vote for Trump. “No,” Garrity said.",
    )
    assert q.speaker == "Kevin Garrity"


def test_a_title_taken_for_an_outlet_is_still_a_persons() -> None:
    found = quotes(
        "The Bishop of Durham, Tom Wright, has read the novel.",
        "According to the Bishop, the book is “a great thriller”.",
    )
    assert found[-1].found_by != "organisation"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "He was, in the words of a second person who was present, “as angry as anyone had"
            " seen him.”",
            None,
        ),
        ("In the words of one aide, he was “as angry as anyone had seen him.”", None),
        (
            "He was, in the words of Sen. John Kerry, “as angry as anyone had seen him.”",
            "John Kerry",
        ),
    ],
)
def test_words_given_in_the_words_of_someone_are_theirs(sentence: str, speaker: str | None) -> None:
    *_, q = quotes("President Harmon was told on Sunday.", sentence)
    assert "angry" in q.text and q.speaker == speaker


MEMOIR = (
    "When former Virginia governor Charles Pemberton left office, his aide, Beth Ann Sorensen,"
    " stayed loyal."
)


def test_a_described_teller_after_an_aside_of_the_writer_speaks() -> None:
    *_, q = quotes(
        MEMOIR,
        "She recalls a 2016 meeting in which, she writes, the governor told his cabinet: “If it"
        " doesn’t help me, I don’t want to hear about it.”",
    )
    assert q.speaker == "Charles Pemberton"


def test_a_described_teller_in_the_writers_complement_stays_the_writers() -> None:
    *_, q = quotes(MEMOIR, "Sorensen writes that the governor was “a man of moods.”")
    assert q.speaker == "Beth Ann Sorensen"


def test_a_state_after_a_county_is_no_person_apposed() -> None:
    *_, q = quotes(
        "A school board member in Loudoun County, Virginia, is facing a backlash after a meeting.",
        "“You don’t get a vote on every lesson plan,” she said.",
    )
    assert q.speaker is None


def test_a_relative_clause_with_a_citys_state_keeps_the_apposed_subject() -> None:
    *_, q = quotes(
        "Mayor Angela Brooks wants the federal government to pay.",
        "The agency’s regional administrator, Carla Meeks, who oversees four states from an"
        " office in Lenexa, Kan., said the agency would decide by spring. In a letter, she"
        " wrote: “No decision has been made.”",
    )
    assert q.speaker == "Carla Meeks"
