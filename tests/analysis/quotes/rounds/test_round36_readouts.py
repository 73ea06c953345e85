"""Attribution round 36: a readout's account of a leader's words is the leader's."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def test_the_name_after_according_to_a_readout_speaks() -> None:
    (q,) = quotes(
        "According to a State Department readout of the call, Secretary Alma Ferreira"
        " “stressed the need for an immediate ceasefire.”"
    )
    assert q.speaker == "Alma Ferreira"


def test_according_to_an_indictment_the_name_is_not_the_speaker() -> None:
    (q,) = quotes("According to the indictment, Kyle Stanton “knowingly misled investigators.”")
    assert q.speaker is None
