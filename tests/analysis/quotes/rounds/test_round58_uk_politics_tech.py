"""Round 58: British political and technology reporting (issue 15): "Mrs Howard" is not Michael
Howard, and is the wife the article named beside him; "last night" and "yesterday" between a
subject and its verb; "The Bishop of Durham, Tom Wright," and "the bishop" after another Wright;
"Lord Ashworth" a man a "he" may mean."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in, speakers_in

_HOWARD = "Michael Howard addressed a rally in Folkestone on the final weekend of the campaign."


def test_a_woman_titled_by_a_surname_is_not_the_man_named_in_full_by_it() -> None:
    assert speakers_in(
        _HOWARD,
        "Mrs Howard, a former model, said she had found voters “angry and let down”.",
        "“People stop me in the street,” Mrs Howard said.",
    ) == ["Mrs Howard", "Mrs Howard"]


def test_she_is_the_wife_named_beside_him() -> None:
    opening = (
        "Michael Howard yesterday put his family at the centre of the Conservative campaign,"
        " appearing alongside his wife, Sandra, at a rally in Folkestone."
    )
    assert speakers_in(
        opening,
        "Mrs Howard said she had found voters “angry and let down”.",
        "Asked about Downing Street, Mrs Howard laughed. “Of course I do.”",
    ) == ["Sandra Howard", "Sandra Howard"]
    # the wife of someone else named between is no one's to give
    assert (
        speaker_in(
            "Michael Howard thanked Tony Blair and his wife, Cherie, for their letter.",
            "Mrs Howard said voters were “angry and let down”.",
            piece="angry",
        )
        == "Mrs Howard"
    )


def test_last_night_and_yesterday_between_subject_and_verb() -> None:
    assert (
        speaker_in(
            "The prime minister, Richard Ashdown, last night said the cuts were “unavoidable”.",
            piece="unavoidable",
        )
        == "Richard Ashdown"
    )
    assert (
        speaker_in(
            "The prime minister, Richard Ashdown, last night accused Labour of “scaremongering”.",
            piece="scaremongering",
        )
        == "Richard Ashdown"
    )
    assert (
        speaker_in(
            "The prime minister, Richard Ashdown, yesterday accused Labour of “scaremongering”.",
            piece="scaremongering",
        )
        == "Richard Ashdown"
    )
    assert (
        speaker_in(
            "Richard Ashdown yesterday accused Labour of running a campaign of “scaremongering”.",
            piece="scaremongering",
        )
        == "Richard Ashdown"
    )


def test_the_office_of_a_place_apposed_to_a_name() -> None:
    assert (
        speaker_in(
            "The Bishop of Durham, Tom Wright, last night accused the Government of running an"
            " asylum system that was “a lottery dressed up as policy”.",
            piece="lottery",
        )
        == "Tom Wright"
    )


_BISHOP = (
    "The Bishop of Durham, Tom Wright, said the asylum system was “a lottery dressed up as policy”."
)


def test_the_bishop_is_the_one_written_so_not_another_of_his_surname() -> None:
    found = speakers_in(
        _BISHOP,
        "Maria Wright, a caseworker in Sunderland who is no relation of the bishop, said her"
        " clients waited “an average of 26 months”.",
        "The bishop later told The Times: “I will not keep quiet.”",
    )
    assert found == ["Tom Wright", "Maria Wright", "Tom Wright"]


def test_a_noun_inside_an_aside_s_clause_is_not_its_noun() -> None:
    found = speakers_in(
        _BISHOP,
        "Maria Lopez, a caseworker in Sunderland who is no relation of the bishop, said her"
        " clients waited “an average of 26 months”.",
        "The bishop later told The Times: “I will not keep quiet.”",
    )
    assert found == ["Tom Wright", "Maria Lopez", "Tom Wright"]


def test_a_peer_is_a_man_a_he_may_mean() -> None:
    assert speakers_in(
        "The Conservative peer Lord Ashworth said bishops should “stick to the pulpit”.",
        "“I did not come to this House to be lectured,” he said, to groans from the benches.",
    ) == ["Lord Ashworth", "Lord Ashworth"]


def test_a_hyphened_office_is_a_description() -> None:
    assert speakers_in(
        "The Tory co-chairman, Lord Feldwick, said Labour was “hopelessly divided”. The"
        " co-chairman added that the Conservatives would “hold the government to account”.",
    ) == ["Lord Feldwick", "Lord Feldwick"]


def test_a_councillor_s_title_is_no_part_of_the_name() -> None:
    found = speakers_in(
        "The leader of the council, Cllr Alan Birtles, resigned last night.",
        "In a statement, Cllr Birtles said he had made “honest mistakes”.",
        "His wife, Cllr Jean Birtles, said: “I have done nothing wrong.”",
    )
    assert found == ["Alan Birtles", "Jean Birtles"]


def test_a_titled_surname_two_women_quoted_share_is_neither_s() -> None:
    found = speakers_in(
        "Angela Eagleton voted with the government, while her twin sister, Maria Eagleton,"
        " joined the rebels.",
        "“I understand why colleagues are angry,” Angela Eagleton said.",
        "“I didn’t come into politics to make people poorer,” Maria Eagleton told the BBC.",
        "Asked about it, Ms Eagleton laughed. “We have been disagreeing since we were five.”",
    )
    assert found == ["Angela Eagleton", "Maria Eagleton", None]


def test_a_description_of_several_words_is_the_one_apposed_to_it() -> None:
    found = speakers_in(
        "The Lib Dem leader, Ed Carrick, visited Cambridge. Gillian Pryce, the shadow chancellor,"
        " was in Leeds.",
        "“This is a budget for the next election,” the Lib Dem leader said.",
        "“We will set out our plans,” the shadow chancellor said.",
    )
    assert found == ["Ed Carrick", "Gillian Pryce"]
