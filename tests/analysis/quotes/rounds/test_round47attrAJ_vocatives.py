"""Round 47 (attrAJ): a bare quotation that calls someone by name or title ("…, Senator.",
"…, Greta.") is not the words of the person so called, whom the quotation before it gives as
its speaker: it goes to no one; a name that is someone else's leaves the speaker as it was."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote

OPENING = "Sen. Mark Halvorsen of Wyoming tangled with Energy Secretary Lorna Pike on Tuesday."
ASKED = "“What did a gallon of gas cost the day you took office?” Halvorsen asked."


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_a_bare_answer_calling_the_asker_by_title_is_not_the_askers() -> None:
    found = quotes(OPENING, ASKED, "“I'd have to check the figure, Senator.”")
    assert _speaker(found, "check the figure") is None


def test_a_bare_quotation_calling_the_speaker_by_name_is_not_theirs() -> None:
    found = quotes(OPENING, ASKED, "“I'd have to check the figure, Mark.”")
    assert _speaker(found, "check the figure") is None


def test_a_bare_quotation_calling_someone_else_stays_the_speakers() -> None:
    found = quotes(OPENING, ASKED, "“I'll ask you again, Madam Secretary.”")
    assert _speaker(found, "ask you again") == "Mark Halvorsen"
