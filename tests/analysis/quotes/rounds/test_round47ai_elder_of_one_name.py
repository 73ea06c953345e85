"""Round 47ai: "the elder Greene said" after "Sheriff Lamar T. Greene Jr." and "Greene's father,
Lamar T. Greene Sr.," is the father, written with his suffix, though the two share every other
word of their name; with no "Sr." and "Jr." written, "the elder Greene" of one Greene is no one."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in

SON = (
    "Sheriff Lamar T. Greene Jr. grew up four miles from the jail."
    " “I made a promise I could not keep,” Greene said."
)


def test_the_elder_of_a_father_and_son_of_one_name_is_the_senior() -> None:
    speaker = speaker_in(
        SON,
        "Greene's father, Lamar T. Greene Sr., is 81 now. He said he had told his son not to take"
        " the job. “That building would break his heart,” the elder Greene said.",
        piece="break his heart",
    )
    assert speaker == "Lamar T. Greene Sr."


def test_the_elder_with_no_suffixes_written_is_no_one() -> None:
    speaker = speaker_in(
        SON.replace(" Jr.", ""),
        "He said his father had told him not to take the job."
        " “That building would break his heart,” the elder Greene said.",
        piece="break his heart",
    )
    assert speaker is None
