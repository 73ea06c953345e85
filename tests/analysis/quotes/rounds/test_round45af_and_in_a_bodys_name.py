"""Round 45: a body's name with "and" inside, before its verb ("The Consumer Product Safety and
Standards Commission said"), is the whole name, not its last words; two people joined by "and",
or a titled person before "and", are not read as one body."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of


def test_a_bodys_name_with_and_speaks_whole() -> None:
    found = quotes(
        "The recall covers 40,000 heaters. The Consumer Product Safety and Standards Commission "
        "said in a statement that the heaters posed “a serious risk of fire”."
    )
    assert (
        speaker_of(found, "a serious risk of fire")
        == "Consumer Product Safety and Standards Commission"
    )


def test_a_titled_person_before_and_is_not_in_the_name() -> None:
    found = quotes("Sen. Ann Merritt and Health Department said: “We are reviewing the data.”")
    assert (
        speaker_of(found, "We are reviewing the data") != "Sen. Ann Merritt and Health Department"
    )


def test_a_spokesperson_for_a_body_with_an_ampersand_names_no_one() -> None:
    found = quotes(
        "A spokesperson for the Bureau of Mines & Minerals Services said the agency was "
        "“reviewing the permits in question.”"
    )
    assert speaker_of(found, "reviewing the permits in question") is None


def test_a_department_of_two_things_speaks_whole() -> None:
    found = quotes(
        "The Sacramento Department of Parks and Recreation said in a statement that the pools "
        "would stay “closed until further notice”."
    )
    assert speaker_of(found, "closed until further notice") == (
        "Sacramento Department of Parks and Recreation"
    )
