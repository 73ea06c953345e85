"""Round 46: a bare quotation after a colon whose sentence has "they" or "we" for subject and
names no one ("Protesters will greet him in Berlin. In a riff on his slogan, they will hold
banners proclaiming: “…”") is many people's words, not those of the person named last."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_banners_they_hold_are_no_ones() -> None:
    found = quotes(
        "Chancellor Dieter Vossberg flies to Lisbon today, where thousands of farmers are "
        "expected to protest against the trade pact. In a riff on his campaign slogan, they "
        "will carry placards proclaiming: “Forward together – but not with this deal!”",
    )
    assert _speaker(found, "Forward together") is None


def test_a_named_subject_before_the_colon_still_speaks() -> None:
    found = quotes(
        "Chancellor Dieter Vossberg flew to Lisbon today. Vossberg was blunt: “This deal is "
        "good for every farmer in Europe.”",
    )
    assert _speaker(found, "every farmer") == "Dieter Vossberg"
