"""Round 50: a full name right after "after", "because", "when" … is the subject of that clause,
so a "she said" later that only that person fits is hers, not a guess."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_subject_of_an_after_clause() -> None:
    found = quotes(
        "Fans were stunned after Nadia Ferro revealed her husband had taken her surname. “Men "
        "lose nothing by it,” she wrote on Facebook."
    )
    assert found[0].speaker == "Nadia Ferro"


def test_the_subject_of_a_because_clause() -> None:
    found = quotes(
        "The vote was delayed because Councilwoman Ruth Okafor refused to sign the report.",
        "“I will not put my name to numbers I have not seen,” she said.",
    )
    assert found[0].speaker == "Ruth Okafor"


def test_two_women_still_leave_no_one() -> None:
    found = quotes(
        "Linda Marsh left the meeting after Ruth Okafor refused to sign the report. “I will not "
        "put my name to this,” she said."
    )
    assert found[0].speaker is None


def test_the_clause_subject_here_before_someone_of_unknown_gender_earlier() -> None:
    found = quotes(
        "Novelist Junot Okafor spoke for public libraries in an interview on Monday.",
        "Fans cheered after Zoe Martin revealed her plans. “We will not stop,” she wrote.",
    )
    assert [q.speaker for q in found] == ["Zoe Martin"]
