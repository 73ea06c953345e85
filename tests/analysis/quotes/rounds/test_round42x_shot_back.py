"""Round 42x: "Keller shot back in a second post. He added:" names Keller as the subject of his
sentence (an irregular past, "shot", "fled", "drove", is a verb after a name as "fired" is), so the
post after the colon is his, not the official quoted in the paragraph before."""

from __future__ import annotations

import pytest

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


@pytest.mark.parametrize(
    "lead", ["Keller shot back in a second post.", "Keller fired back in a second post."]
)
def test_the_post_after_he_added_is_the_subjects(lead: str) -> None:
    found = quotes(
        "Sen. Rand Keller of Kentucky blasted the Pentagon’s spending on Tuesday.",
        "Defense Secretary Lloyd Austin responded at a briefing. He said the department was"
        " “making steady progress.”",
        f"{lead} He added:",
        "“Steady progress toward what? Bankruptcy?”",
    )
    assert _speaker(found, "making steady progress") == "Lloyd Austin"
    assert _speaker(found, "Bankruptcy") == "Rand Keller"
