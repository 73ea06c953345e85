"""Round 41x: a bare quotation after a host's or an anchor's question ("“Would you do it again?”
host Maria Bartiromo asked. “In a heartbeat.”") is the guest's answer, not more of the host's
words; a speaker's own question goes on as theirs ("“Why would I do that?” Dunmore asked. “It
makes no sense.”")."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote

OPENING = "Gov. Rick Dunmore defended his decision on Fox Business on Monday."


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_the_answer_after_a_hosts_question_is_not_the_hosts() -> None:
    found = quotes(
        OPENING, "“Would you do it again?” host Maria Bartiromo asked. “In a heartbeat.”"
    )
    assert _speaker(found, "Would you do it again") == "Maria Bartiromo"
    assert _speaker(found, "In a heartbeat") is None


def test_a_speakers_own_question_goes_on_as_theirs() -> None:
    found = quotes(OPENING, "“Why would I do that?” Dunmore asked. “It makes no sense.”")
    assert _speaker(found, "It makes no sense") == "Rick Dunmore"


def test_a_hosts_statement_goes_on_as_the_hosts() -> None:
    found = quotes(OPENING, "“That is a lot,” host Maria Bartiromo said. “Nobody expected it.”")
    assert _speaker(found, "Nobody expected it") == "Maria Bartiromo"
