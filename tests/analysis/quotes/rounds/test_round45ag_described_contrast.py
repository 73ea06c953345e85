"""Round 45ag: a "he" or "she" in a paragraph that opens by setting a person described by a noun
against the one quoted before ("The contractor was less patient. Asked about …, he said") is no
one when the description named no one, not a man an earlier paragraph named; a paragraph
opening on a named person is unchanged."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in

BEFORE = (
    "The town’s new library is a year late and $2 million over budget.",
    "Town manager Roy Ellison, who oversees the project, said the delays were “regrettable.”"
    " “We will open in the spring,” he said.",
    "Library board chair Nina Ruiz was measured. “Good buildings take time,” she said.",
)


def test_the_contractor_set_against_her_is_not_the_man_before() -> None:
    speaker = speaker_in(
        *BEFORE,
        "The contractor was less patient. Asked about the delays, he said: “The town changed"
        " the plans nine times.”",
        piece="changed the plans nine times",
    )
    assert speaker != "Roy Ellison"


def test_a_named_opening_is_unchanged() -> None:
    speaker = speaker_in(
        *BEFORE,
        "Ellison was less patient on Friday. Asked about the delays, he said: “The plans"
        " changed nine times.”",
        piece="The plans changed nine times",
    )
    assert speaker == "Roy Ellison"
