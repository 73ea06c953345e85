"""Round 44: a quotation with no clause of its own after a short sentence whose subject is two
people ("Whitcombe and Ruiz conferred. “…”") is no one's, not the one of the two named last; one
person's short sentence ("Whitcombe smiled. “…”") still gives it to that person."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote
from tests.analysis.quotes.passages import speaker_of

OPENING = (
    "Deputy Solicitor General Anne Whitcombe had argued for 40 minutes, her co-counsel, Daniel "
    "Ruiz, beside her.",
    "“If the rule is valid, what stops the agency from doing this to every industry?” Justice "
    "Harriet Okafor asked.",
)


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, (*OPENING, *paragraphs)))


def test_two_subjects_before_a_bare_quote_give_it_to_no_one() -> None:
    found = quotes("Whitcombe and Ruiz conferred. “The statute does, Justice. It names them.”")
    assert speaker_of(found, "The statute does") is None


def test_one_subject_before_a_bare_quote_gives_it_to_them() -> None:
    found = quotes("Whitcombe smiled. “The statute does, Justice. It names them.”")
    assert speaker_of(found, "The statute does") == "Anne Whitcombe"
