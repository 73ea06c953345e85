"""Round 46: a quotation ending a reporter's sentence that names someone else ("Marla Voss of
The Ledger sees the bill as a return to the party's old “protectionism,” which has lately been
“hidden behind a populist face.” For Owen Pike, …. “…,” he writes") is not the next quote's
speaker's; one whose sentence names that speaker ("For his partner, Raymond Hale, Dorsey was
“…” Hale recalled …. “…,” he said") still is."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_the_next_quotes_speaker_is_not_read_back() -> None:
    found = quotes(
        "Critics are lining up against the tariff bill. Marla Voss of The Ledger sees it as a "
        "return to the party's old “protectionism,” which has lately been “hidden behind a "
        "populist face.” For Owen Pike, the bill is worse. “It taxes the poor to spare the "
        "rich,” he writes."
    )
    assert _speaker(found, "populist face") != "Owen Pike"
    assert _speaker(found, "taxes the poor") == "Owen Pike"


def test_a_sentence_naming_the_next_speaker_keeps_him() -> None:
    found = quotes(
        "For his longtime partner, Raymond Hale, Dorsey was “the last man in town who returned "
        "every call.” Hale recalled a night in 2001 when Dorsey talked a mayor out of quitting. "
        "“He never told anyone,” he said."
    )
    assert _speaker(found, "returned every call") == "Raymond Hale"
