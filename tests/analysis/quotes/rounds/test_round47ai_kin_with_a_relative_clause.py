"""Round 47ai: "Simms's wife, Loretta, who runs the church's food pantry, is less diplomatic than
her husband. “…,” she said" is Loretta's: the relative clause no longer makes her two women
("Loretta" and "Loretta Simms") whom the "she" could not choose between."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in

PASTOR = (
    "BALTIMORE — The Rev. Harold Simms has preached at the same church for 31 years."
    " “Some of my members want the jobs,” Simms said."
)


def test_a_she_after_a_wife_with_a_relative_clause_is_the_wife() -> None:
    speaker = speaker_in(
        PASTOR,
        "Simms's wife, Loretta, who runs the church's food pantry, is less diplomatic than her"
        " husband. “A casino is a tax on poor people,” she said.",
        piece="tax on poor people",
    )
    assert speaker is not None and "Loretta" in speaker.split()


def test_a_son_with_a_relative_clause_who_said_is_still_the_son() -> None:
    speaker = speaker_in(
        "Ruth Sizemore, 88, has lived in the house since 1961. “I am not leaving,” she said.",
        "Sizemore’s son, Randall, who drove in from Lexington, said his mother would not be moved."
        " “She’s stubborn,” he said, laughing.",
        piece="stubborn",
    )
    assert speaker is not None and "Randall" in speaker.split()
