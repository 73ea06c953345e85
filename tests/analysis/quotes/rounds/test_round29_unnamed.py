"""Round 29 of attribution (US wire copy, TV-station web copy, live blogs): someone the article does
not name keeps their words ("A witness …", "A senior Republican official in the state …", "the
city’s fire chief"), and "the judge" is the one person the article calls a judge."""

from __future__ import annotations

from tests.analysis.quotes.passages import speakers_in


def test_an_indefinite_person_with_a_partys_word_before_a_place_is_unnamed() -> None:
    # "A senior Republican official in the state": the official, not "the state" read as someone
    assert speakers_in(
        "Ann Whitlock leads Doug Fenner.",
        "A senior Republican official in the state told NBC News the party was “nervous” about"
        " turnout.",
    ) == [None]


def test_a_witness_opening_the_sentence_is_whom_she_means() -> None:
    assert speakers_in(
        "“It’s a miracle nobody was hurt,” Officer Jeanne Pratt told 8 News.",
        "Police identified the driver as 34-year-old Derek Simms.",
        "A witness said the crash woke her up. “It sounded like a bomb went off,” she said.",
    ) == ["Jeanne Pratt", None]


def test_a_reporter_asking_someone_leaves_the_pronoun_to_him() -> None:
    # "A reporter asked Sanders …. He replied": the one asked, not the unnamed asker
    assert speakers_in(
        "Bernie Sanders spent the morning at a high school.",
        "A reporter asked Sanders how he’s feeling on caucus day. He replied: “The bigger the"
        " turnout, the better I feel.”",
    ) == ["Bernie Sanders"]


def test_the_chief_after_the_citys_fire_chief_is_no_one_named() -> None:
    assert speakers_in(
        "9:30 a.m. ET — President Ellis spoke with the governor by phone, the White House said.",
        "9:50 a.m. ET — In Houma, the city’s fire chief said crews had rescued at least a dozen"
        " people. “We’re going door to door,” the chief said.",
    ) == [None]


def test_the_judge_is_the_one_the_article_calls_a_judge() -> None:
    assert speakers_in(
        "U.S. District Judge Alan Reyna wrote that the law “burdens far more speech than"
        " necessary.”",
        "“The court got it exactly right,” said Lena Torres, the group’s litigation director.",
        "In his 38-page ruling, the judge noted that the law could cover “a website where users"
        " comment on recipes.”",
    ) == ["Alan Reyna", "Lena Torres", "Alan Reyna"]


def test_a_bodys_name_with_of_after_its_bodys_word_is_one_body() -> None:
    # not "Railroads", a person whose role would be "Association of American"
    assert speakers_in(
        "The Association of American Railroads said in a statement that the industry had already"
        " “made significant investments” in safety.",
    ) == ["Association of American Railroads"]
