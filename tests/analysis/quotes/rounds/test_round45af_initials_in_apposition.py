"""Round 45: a body described and then named by its initials between commas ("The drug industry's
lobby, PhRMA, said …") speaks under those initials; initials after a person's noun ("The
spokesman, JFK, said") name no one."""

from __future__ import annotations

from briefings.analysis.speech.speaker import a_bodys_initials
from tests.analysis.quotes.passages import quotes, speaker_of


def test_a_lobby_named_by_its_initials_speaks() -> None:
    found = quotes(
        "The rule would cap what insurers may charge. The bankers' lobby, BankPAC, said in a "
        "letter to regulators that the cap was “a solution in search of a problem.”"
    )
    assert speaker_of(found, "a solution in search of a problem") == "BankPAC"


def test_initials_after_a_persons_noun_name_no_one() -> None:
    found = quotes("The spokesman, JFK, said the plan was “a solution in search of a problem.”")
    assert speaker_of(found, "a solution in search of a problem") is None


def test_the_initials_only_after_a_bodys_noun() -> None:
    assert a_bodys_initials("union", ["SEIU"]) == "SEIU"
    assert a_bodys_initials("spokesman", ["SEIU"]) is None
    assert a_bodys_initials("union", ["Seiu"]) is None
