"""Round 45ag: "the governor" after a woman the article gives no role, quoted last, is the one
person it calls a governor ("former Virginia governor Richard Vance"), not her."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in


def test_the_governor_is_the_one_called_governor() -> None:
    speaker = speaker_in(
        "RICHMOND — When former Virginia governor Richard Vance left office in 2019, his longtime"
        " speechwriter, Mara Quist, stayed loyal. Her new book suggests that loyalty had limits.",
        "In the book, Quist describes Vance as “a man in love with his own voice.” She recalls a"
        " meeting in which, she writes, the governor told his staff: “Nobody reads past the"
        " first line.”",
        piece="Nobody reads past the first line",
    )
    assert speaker == "Richard Vance"


def test_the_governor_is_not_the_lieutenant_governor() -> None:
    speaker = speaker_in(
        "RICHMOND — Lieutenant Governor Richard Vance stayed in Richmond this week, and his"
        " longtime speechwriter, Mara Quist, stayed with him.",
        "In the book, Quist describes Vance as “a man in love with his own voice.” She recalls a"
        " meeting in which, she writes, the governor told his staff: “Nobody reads past the"
        " first line.”",
        piece="Nobody reads past the first line",
    )
    assert speaker != "Richard Vance"
