"""Round 49 (conservative web style): any present participle may open a long aside between a
name set beside a description and its speech verb ("Mercer’s spokesman, Ian Fuentes, responding to
questions from reporters during a briefing in the Capitol on Thursday afternoon, said the governor
“…”"): the words are the name's, not no one's."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "Mercer’s spokesman, Ian Fuentes, responding to questions from reporters during a"
            " briefing in the Capitol on Thursday afternoon, said the governor “respects the"
            " bishop’s faith but not his facts.”",
            "Ian Fuentes",
        ),
        (
            "His former teammate, Andre Simmons, posting on Instagram hours later a photo of the two"
            " of them from their 2001 playoff run, wrote that Bell “forgot where he came from.”",
            "Andre Simmons",
        ),
    ],
)
def test_a_long_participle_aside_before_the_verb(sentence: str, speaker: str) -> None:
    (q,) = quotes("Mercer spoke. Bell spoke.", sentence)
    assert q.speaker == speaker  # not no one


def test_an_unnamed_spokesman_before_a_long_participle_aside_is_no_one() -> None:
    (q,) = quotes(
        "Mercer spoke.",
        "A spokesman for the governor, responding to questions from reporters during a briefing in"
        " the Capitol on Thursday afternoon, said the governor “respects the bishop’s faith.”",
    )
    assert q.speaker is None  # the spokesman is not named; not Mercer
