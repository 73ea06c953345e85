"""Round 44: "the widow" (or "the widower") is the one person the article writes so ("his widow,
Catherine Pell,"), of the noun's gender, not her late husband who shares her surname; as a
speaker and as a subject opening a sentence ("The widow wants …. “…,” she said"), not the
daughter quoted last; a widow the article writes of no one is read as before (the most salient
woman)."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

LEAD = (
    "When Sen. Arthur Pell died last year, he left behind a library half built and two people who "
    "each believe they know what he wanted: his widow, Catherine Pell, and his longtime donor and "
    "friend, the developer Richard Amato."
)


def test_the_widow_opening_a_sentence_is_the_one_written_so() -> None:
    found = quotes(
        LEAD,
        "The widow wants the library to house his papers. “Arthur said it a hundred times,” she "
        "said.",
    )
    assert speaker_of(found, "Arthur said it") == "Catherine Pell"


def test_the_widow_as_a_speaker_is_not_the_daughter_quoted_last() -> None:
    found = quotes(
        LEAD,
        "Pell’s daughter, Claire Watts, said her father would have been embarrassed. “He hated "
        "being the story,” she said.",
        "“I have never had more time,” the widow said.",
    )
    assert speaker_of(found, "I have never had more time") == "Catherine Pell"
