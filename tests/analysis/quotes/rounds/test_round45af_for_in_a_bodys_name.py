"""Round 45: a "for" inside a body's name after the body's word ("the Ohio Alliance for the
Mentally Ill", "Center for Rural Affairs") does not cut the subject: "Dana Pruett of the Ohio
Alliance for the Mentally Ill said" is Pruett's; a surname alone before such a body's name, or
a person's noun before "for", stays as it was."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_a_person_of_a_body_with_for_in_its_name_speaks() -> None:
    found = quotes(
        "Dana Pruett of the Ohio Alliance for the Mentally Ill said the cuts would leave families "
        "“with nowhere to turn.”"
    )
    assert _speaker(found, "with nowhere to turn") == "Dana Pruett"


def test_the_body_with_for_in_its_name_speaks_whole() -> None:
    found = quotes(
        "The Center for Rural Affairs said the cuts would leave families “with nowhere to turn.”"
    )
    assert _speaker(found, "with nowhere to turn") == "Center for Rural Affairs"


def test_a_surname_of_such_a_body_is_not_the_body() -> None:
    found = quotes(
        "Pruett of the Center for Rural Affairs said the cuts would leave families “with nowhere "
        "to turn.”"
    )
    assert _speaker(found, "with nowhere to turn") != "Center for Rural Affairs"
