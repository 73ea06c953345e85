"""Round 44 (local copy): "Ald." before a name is a title, as "Supt." is: it keeps its full stop
(the sentence goes on) and is no part of the name ("Ald. Brian Hopkins said"), and "the
alderman" holds the office written so."""

from __future__ import annotations

import pytest

from briefings.analysis.common.splitting.sentences import split_sentences
from tests.analysis.quotes.passages import quotes


def test_the_sentence_goes_on_after_ald() -> None:
    assert split_sentences("Ald. Brian Hopkins asked for a breakdown. He got one.") == (
        "Ald. Brian Hopkins asked for a breakdown.",
        "He got one.",
    )


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "“We are paying time and a half for officers who are exhausted,” Ald. Rossana"
            " Rodriguez-Sanchez said during the budget hearing.",
            "Rossana Rodriguez-Sanchez",
        ),
        (
            "Ald. Napolitano disagreed. “Every one of those hours is a cop on a corner in"
            " somebody’s ward,” he said.",
            "Napolitano",
        ),
    ],
)
def test_an_aldermans_words(paragraph: str, speaker: str) -> None:
    (q,) = quotes(paragraph)
    assert q.speaker == speaker
