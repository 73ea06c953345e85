"""Round 44: a description by one noun ("the donor") means the one person the article writes it
beside, also when the name ends its sentence ("his longtime donor and friend, the developer
Richard Amato."), not the widow named before him; a title's period ("A third freshman, Rep. Ben
Osei of Ohio,") ends no name."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote

LEAD = (
    "When Sen. Arthur Pell died last year, he left two people who each believe they know what he "
    "wanted: his widow, Catherine Pell, and his longtime donor and friend, the developer Richard "
    "Amato."
)


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_the_donor_is_the_one_written_so() -> None:
    found = quotes(LEAD, "“It is sad,” the donor said.")
    assert _speaker(found, "It is sad") == "Richard Amato"


def test_the_developer_is_the_one_written_so() -> None:
    found = quotes(LEAD, "“It is sad,” the developer said.")
    assert _speaker(found, "It is sad") == "Richard Amato"


def test_a_titles_period_ends_no_name() -> None:
    found = quotes(
        "The fight pits two Texans against each other: Rep. Carl Whitmore of Tyler, a three-term "
        "member, and Rep. Dale Prentiss of Amarillo, a freshman.",
        "Another freshman, Rep. Nina Calloway of Georgia, has backed Prentiss.",
        "A third freshman, Rep. Ben Osei of Ohio, backs Whitmore. “Experience matters in a job like "
        "this,” Osei said.",
        "The freshman was more guarded. “I am not counting anything until January,” the freshman "
        "said.",
    )
    assert _speaker(found, "I am not counting") is None  # not "Rep", Ben Osei's title
