"""Attribution round 35: words someone is quoted as saying are theirs, not the quoter's."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def test_the_person_quoted_as_telling_speaks_not_the_quoter() -> None:
    (q,) = quotes(
        "At a later stop, Trump quoted his running mate, Mike Pence, as telling him, “Donald,"
        " they’re going to love you in Ohio.”"
    )
    assert q.speaker == "Mike Pence"


def test_someone_unnamed_quoted_as_saying_is_no_one() -> None:
    *_, q = quotes(
        "Senator Dana Whitlock wrote a memoir last year.",
        "The book quotes one aide as saying, “She never once asked what the polls said.”",
    )
    assert q.speaker is None
