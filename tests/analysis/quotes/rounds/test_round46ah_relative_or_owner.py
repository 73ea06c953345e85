"""Round 46ah: "Ames said she would vote no. Her daughter, Lily, starts work in May. / “…,” she
said": the "she" of the next paragraph may mean either woman, so it is no one; a "he" there after
"Her son, Sam," is still the son, and a "she" in the relative's own paragraph is the relative."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in

OPENING = "The union's members vote on the contract this week."


def test_she_after_a_daughter_beside_her_mother_is_no_one() -> None:
    speaker = speaker_in(
        OPENING,
        "Donna Ames, a welder, said she would vote no. Her daughter, Lily, starts at the plant"
        " in May.",
        "“It is a bad deal for the young ones,” she said.",
        piece="bad deal",
    )
    assert speaker is None


def test_he_after_a_son_beside_his_mother_is_the_son() -> None:
    speaker = speaker_in(
        OPENING,
        "Donna Ames, a welder, said she would vote no. Her son, Sam, starts at the plant in May.",
        "“I knew the risk when I signed on,” he said.",
        piece="knew the risk",
    )
    assert speaker is not None and "Sam" in speaker
