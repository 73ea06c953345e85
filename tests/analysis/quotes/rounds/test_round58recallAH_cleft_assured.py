"""Round 58: "assured" is a speech verb ("she assured a crowd … that they had made 18 million
cracks in ''the highest, hardest glass ceiling''"), and the name after the "that" of a cleft
("It was with that same grit that Mrs. Crane picked herself up") is its sentence's subject, whom
the "she" after it means."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes

_BEFORE = "Ms. Nora Epstein, a historian, said the campaign had been long and hard."


def test_the_subject_of_a_cleft_assured_a_crowd() -> None:
    found = quotes(
        _BEFORE,
        "It was with that same grit that Mrs. Lisa Crane picked herself up after a bruising"
        " defeat by Mr. Walter Dorsey in 2008, when she assured a crowd of tearful supporters"
        " that they had made 18 million cracks in ''the highest, hardest glass ceiling.''",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("the highest, hardest glass ceiling", "Lisa Crane")
    ]


def test_a_she_after_another_womans_sentence_is_not_the_cleft_subjects() -> None:
    found = quotes(
        "It was with that same grit that Mrs. Lisa Crane picked herself up after a defeat.",
        "Ms. Nora Epstein, a historian, disagreed. ''It was luck,'' she said.",
    )
    assert found[-1].speaker == "Nora Epstein"
