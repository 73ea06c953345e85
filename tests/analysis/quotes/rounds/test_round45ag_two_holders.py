"""Round 45ag: "the judge" (a description by a plain noun) after a paragraph naming two people the
article gives that role is no one, not the more salient of them; with one judge named it is
still hers."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in


def test_the_judge_after_two_judges_is_no_one() -> None:
    speaker = speaker_in(
        "A federal appeals panel on Monday revived a lawsuit over the county’s jail contract.",
        "Judge Carol Whitmer and Judge Dennis Ostrow each wrote separately. Whitmer said the"
        " lower court had “read the contract too narrowly,” while Ostrow questioned the"
        " county’s standing.",
        "“The county cannot have it both ways,” the judge wrote.",
        piece="cannot have it both ways",
    )
    assert speaker is None


def test_the_judge_after_one_judge_is_hers() -> None:
    speaker = speaker_in(
        "A federal appeals panel on Monday revived a lawsuit over the county’s jail contract.",
        "Judge Carol Whitmer wrote for the panel. Whitmer said the lower court had “read the"
        " contract too narrowly.”",
        "“The county cannot have it both ways,” the judge wrote.",
        piece="cannot have it both ways",
    )
    assert speaker == "Carol Whitmer"
