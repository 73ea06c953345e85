"""Round 45: an apposition that names its subject after "called" or "named" ("The clinic's
operator, an Ohio firm called Lakeview Care, said …", "The driver, a man named Carl Dunn, said")
gives the name; "a man named in court papers" names no one."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_a_firm_called_by_its_name_speaks() -> None:
    found = quotes(
        "The clinic closed its doors in June. The clinic's operator, an Ohio firm called Lakeview "
        "Care, said in a statement that it had “no other choice.”"
    )
    assert _speaker(found, "no other choice") == "Lakeview Care"


def test_a_man_named_speaks() -> None:
    found = quotes("The driver, a man named Carl Dunn, said he was “terrified the whole time.”")
    assert _speaker(found, "terrified the whole time") == "Carl Dunn"


def test_named_in_papers_names_no_one() -> None:
    found = quotes(
        "The driver, a man named in court papers, said he was “terrified the whole time.”"
    )
    assert _speaker(found, "terrified the whole time") is None
