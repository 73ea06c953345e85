"""Round 45: a body described and then named by its initials between commas ("The drug industry's
lobby, PhRMA, said …") speaks under those initials; initials after a person's noun ("The
spokesman, JFK, said") name no one."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote
from briefings.analysis.speech.speaker import a_bodys_initials


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_a_lobby_named_by_its_initials_speaks() -> None:
    found = quotes(
        "The rule would cap what insurers may charge. The bankers' lobby, BankPAC, said in a "
        "letter to regulators that the cap was “a solution in search of a problem.”"
    )
    assert _speaker(found, "a solution in search of a problem") == "BankPAC"


def test_initials_after_a_persons_noun_name_no_one() -> None:
    found = quotes("The spokesman, JFK, said the plan was “a solution in search of a problem.”")
    assert _speaker(found, "a solution in search of a problem") is None


def test_the_initials_only_after_a_bodys_noun() -> None:
    assert a_bodys_initials("union", ["SEIU"]) == "SEIU"
    assert a_bodys_initials("spokesman", ["SEIU"]) is None
    assert a_bodys_initials("union", ["Seiu"]) is None
