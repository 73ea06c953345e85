"""Round 47 (attrAJ): a sentence's subject before an auxiliary and a past participle not ending
in "-ed" ("Hillary Clinton has taken a swipe at …, saying that “…”") speaks the words its
participle of speech brings in."""

from __future__ import annotations

import pytest

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


@pytest.mark.parametrize(
    "verb", ["has taken a swipe at", "had taken aim at", "has thrown cold water on"]
)
def test_the_subject_of_a_perfect_tense_speaks_after_saying(verb: str) -> None:
    (q,) = extract_quotes(
        ArticleText(
            None,
            (
                f"Hillary Clinton {verb} rival Donald Trump’s stance on Brexit, saying that"
                " “bombastic comments” do more harm than good.",
            ),
        )
    )
    assert q.speaker == "Hillary Clinton"
