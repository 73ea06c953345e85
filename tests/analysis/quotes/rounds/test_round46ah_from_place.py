"""Round 46ah: "The lawmaker from Mesa was unmoved." and "The delegate from Chesterfield answered"
mean the one person the article described as from there ("Rep. Tom Kessel, the Republican from
Tempe"), not the last one named; no one when no one or several were; and "In the gallery sat
Kessel's daughter, Amy, …" presents the daughter."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in

OPENING = (
    "Rep. Tom Kessel, the Republican from Tempe who wrote the bill, said it would pass."
    " “We have the votes,” he said."
)
RIVAL = "Rep. Luis Ochoa, a Republican from Yuma, voted no. “It dries up the farms,” he said."


def test_the_lawmaker_from_a_place_is_the_one_from_there() -> None:
    speaker = speaker_in(
        OPENING,
        RIVAL,
        "The lawmaker from Tempe was unmoved. “Yuma will cope,” he said.",
        piece="cope",
    )
    assert speaker == "Tom Kessel"


def test_the_lawmaker_from_a_place_no_one_is_from_is_no_one() -> None:
    speaker = speaker_in(
        OPENING,
        RIVAL,
        "The lawmaker from Mesa was unmoved. “Yuma will cope,” he said.",
        piece="cope",
    )
    assert speaker is None


def test_a_relative_presented_after_a_place_is_who_she_means() -> None:
    speaker = speaker_in(
        "Del. Nora Kessel, a Republican from Tempe, backed the bill. “It is a process,” she said.",
        "In the gallery sat Kessel's daughter, Amy, a junior, who had testified. She said some"
        " books upset her. “I should not have to see that,” she said.",
        piece="should not have to see",
    )
    assert speaker == "Amy"
