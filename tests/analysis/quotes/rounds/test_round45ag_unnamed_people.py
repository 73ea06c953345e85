"""Round 45ag: a "he" or "she" in a paragraph that opens on unnamed people speaking ("Two aides
who were present said …. “…,” he added") is no one, not the person an earlier paragraph named;
a person named in the paragraph before them is still found."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in

BEFORE = (
    "The port authority will vote on the dredging contract next week.",
    "Commissioner Ed Lutz said he had asked for a second bid. “The first price was too high,”"
    " Lutz said.",
)


def test_he_after_unnamed_people_is_not_the_man_named_before() -> None:
    speaker = speaker_in(
        *BEFORE,
        "Two aides who were present said the board expected to approve it anyway. “It is a"
        " done deal,” he added.",
        piece="It is a done deal",
    )
    assert speaker != "Ed Lutz"


def test_officials_familiar_with_the_talks() -> None:
    speaker = speaker_in(
        *BEFORE,
        "Officials familiar with the talks said the dredger had cut its price. “They blinked,”"
        " he said.",
        piece="They blinked",
    )
    assert speaker != "Ed Lutz"


def test_a_person_named_in_the_paragraph_is_still_found() -> None:
    speaker = speaker_in(
        *BEFORE,
        "Lutz said on Friday that the second bid was lower. “We saved the port a million,” he"
        " said.",
        piece="We saved the port",
    )
    assert speaker == "Ed Lutz"
