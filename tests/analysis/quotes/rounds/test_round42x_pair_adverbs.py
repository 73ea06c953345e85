"""Round 42x: two men as one subject with an adverb before their verb ("Abbott and Lt. Gov. Dan
Patrick then met with reporters. “…,” he said") are a pair: the "he" may mean either, so no one;
one man after the pair stays his."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote

OPENING = "Gov. Greg Abbott signed the bill on Monday."


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_he_after_a_pair_then_meeting_is_no_one() -> None:
    found = quotes(
        OPENING,
        "Abbott and Lt. Gov. Dan Patrick then met with reporters. “We got it done,” he said.",
    )
    assert _speaker(found, "We got it done") is None


def test_he_after_a_pair_also_speaking_is_no_one() -> None:
    found = quotes(
        OPENING,
        "Abbott and Lt. Gov. Dan Patrick later spoke to reporters. “We got it done,” he said.",
    )
    assert _speaker(found, "We got it done") is None


def test_one_man_then_meeting_stays_his() -> None:
    found = quotes(OPENING, "Abbott then met with reporters. “We got it done,” he said.")
    assert _speaker(found, "We got it done") == "Greg Abbott"
