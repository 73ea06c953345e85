"""Round 47ai: "the governor" after "Gov. Ronald E. Bell" is the governor, though the name index
keeps the initial without its full stop ("Ronald E Bell"): not the woman quoted last."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def _speaker(*paragraphs: str, piece: str) -> str | None:
    found = extract_quotes(ArticleText(None, paragraphs))
    return next(q.speaker for q in found if piece in q.text)


def test_the_governor_with_a_middle_initial_is_the_governor() -> None:
    speaker = _speaker(
        "Gov. Ronald E. Bell and Ms. Kapoor visited the school. “The money is there,” Kapoor said.",
        "The governor said in a statement that the plan had been “fought for when nobody else"
        " would.”",
        piece="nobody else",
    )
    assert speaker is not None and speaker.split()[-1] == "Bell"


def test_the_governor_without_an_initial_is_still_the_governor() -> None:
    speaker = _speaker(
        "Gov. Ronald Bell and Ms. Kapoor visited the school. “The money is there,” Kapoor said.",
        "The governor said in a statement that the plan had been “fought for when nobody else"
        " would.”",
        piece="nobody else",
    )
    assert speaker == "Ronald Bell"
