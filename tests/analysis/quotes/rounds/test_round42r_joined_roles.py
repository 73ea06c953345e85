"""Attribution round 42 (recall): two roles joined by "and" before one name are one person
described twice ("Former prosecutor and New York City Mayor Rudy Giuliani trashed Comey …,
calling it a “…”"): the subject is the person named, read past the first role; not when the words
before "and" hold a name or an article ("Former Gov. Tom Reese and Sen. Dana Lyle", "the mayor
and Gov. Tom Reese": two people)."""

from __future__ import annotations

from briefings.analysis.quotes.clauses.sayers.subjects import sentence_subject
from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.quotes.finding.marks import placeholder
from briefings.analysis.results import ArticleText
from briefings.analysis.speech.tokens import tokens


def _quoted(text: str) -> str | None:
    """The only quotation's speaker in a one-paragraph article, None if it is found with none."""
    (quote,) = extract_quotes(ArticleText(None, (text,)))
    return quote.speaker


def test_two_roles_before_one_name() -> None:
    toks = tokens(
        "Former prosecutor and Cook County Board President Lena Marsh, who backs the mayor,"
        f" blasted Dorn on WGN, calling the audit {placeholder(0)}."
    )
    assert sentence_subject(toks, len(toks) - 2) == "Cook County Board President Lena Marsh"
    toks = tokens(f"Veteran lawmaker and former Speaker Dana Lyle called it {placeholder(0)}.")
    assert sentence_subject(toks, len(toks) - 2) == "former Speaker Dana Lyle"
    assert (
        _quoted(
            "Former prosecutor and Cook County Board President Lena Marsh, who backs the"
            " mayor, blasted the audit on WGN, calling it “a hit job.”"
        )
        == "Lena Marsh"
    )


def test_roles_with_a_name_or_an_article_before_and_are_two_people() -> None:
    for text in (
        f"Former Gov. Tom Reese and Sen. Dana Lyle blasted the deal, calling it {placeholder(0)}.",
        f"Meanwhile, the mayor and Gov. Tom Reese blasted the deal, calling it {placeholder(0)}.",
    ):
        toks = tokens(text)
        assert sentence_subject(toks, len(toks) - 2) is None
