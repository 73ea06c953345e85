"""Round 46ah: "The county's zoning director said …" describes someone the article has not named
(a body's officer, given that role by no one), so a "he" after it is no one, not the man quoted a
paragraph before."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in


def test_he_after_a_bodys_officer_said_is_no_one() -> None:
    speaker = speaker_in(
        "Glen Harwood, a dairy farmer, said the warehouse would flood his fields. “It sits on"
        " the creek,” he said.",
        "The county's zoning director said the plan met the code. “The rules are the rules,”"
        " he said.",
        piece="rules are the rules",
    )
    assert speaker is None


def test_he_after_the_officer_the_article_named_is_that_officer() -> None:
    speaker = speaker_in(
        "Glen Harwood, the county's zoning director, defended the plan.",
        "Residents objected for an hour. The county's zoning director said the plan met the"
        " code. “The rules are the rules,” he said.",
        piece="rules are the rules",
    )
    assert speaker == "Glen Harwood"
