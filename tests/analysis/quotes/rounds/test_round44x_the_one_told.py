"""Round 44x: someone unnamed introduced as the one spoken to ("Karen Holt can be heard telling an
aide, “…”") and then described ("The aide, who was not named, replied, “…”") is that unnamed
person, not the official who spoke to them; an aide the article names stays theirs."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

OPENING = "A Biden administration official was caught on a hot mic on Tuesday mocking voters."


def test_the_aide_she_was_telling_is_no_one() -> None:
    found = quotes(
        OPENING,
        "Deputy Secretary Karen Holt can be heard telling an aide, “These people will vote against"
        " their own roads.”",
        "The aide, who was not named, replied, “Don’t say that out loud.”",
    )
    assert speaker_of(found, "These people will vote") == "Karen Holt"
    assert speaker_of(found, "Don’t say that out loud") is None


def test_the_reporter_she_asked_is_no_one() -> None:
    found = quotes(
        OPENING,
        "Deputy Secretary Karen Holt asked a reporter to turn off his camera.",
        "“It’s already off,” the reporter said.",
    )
    assert speaker_of(found, "It’s already off") is None


def test_an_aide_named_stays_his() -> None:
    found = quotes(
        OPENING,
        "Deputy Secretary Karen Holt can be heard telling her aide, Tom Price, that the voters"
        " were wrong.",
        "“Don’t say that out loud,” the aide replied.",
    )
    assert speaker_of(found, "Don’t say that out loud") == "Tom Price"
