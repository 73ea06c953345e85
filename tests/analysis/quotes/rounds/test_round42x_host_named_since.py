"""Round 42x: a "she" after a host named as the one a guest told ("“…,” he told host Maria
Bartiromo. / “…?” she asked") goes to no one rather than to someone named before whose gender the
article never gives ("Maj. Gen. Pat Ryder"); a woman named as a subject stays hers."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote

RYDER = (
    "The Pentagon’s press secretary, Maj. Gen. Pat Ryder, told The Western Journal that audits"
    " were “complex undertakings.”"
)


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_she_after_the_host_told_is_not_a_name_of_unknown_gender() -> None:
    found = quotes(
        RYDER,
        "Sen. Rand Keller appeared on Fox Business later that day. “We’ve been too polite,” he"
        " told host Maria Bartiromo.",
        "“Are you going to hold up the bill?” she asked.",
    )
    assert _speaker(found, "complex undertakings") == "Pat Ryder"
    assert _speaker(found, "too polite") == "Rand Keller"
    assert _speaker(found, "hold up the bill") is None


def test_a_woman_named_as_a_subject_stays_hers() -> None:
    found = quotes(
        RYDER,
        "Host Maria Bartiromo pressed Keller on the bill. “Are you going to hold it up?” she asked.",
    )
    assert _speaker(found, "hold it up") == "Maria Bartiromo"
