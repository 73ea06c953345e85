"""Reports listed with semicolons (round 48, Washington long-form and conservative web styles):
"Mark Zandi … said the deal “…”; Diane Swonk … called it “…”; and Jason Furman … said …" gives
each quotation to the subject of its own clause, not to the first clause's speaker."""

from __future__ import annotations

from tests.analysis.quotes.passages import speakers_in


def test_each_listed_report_is_its_own_clauses() -> None:
    assert speakers_in(
        "Economists were relieved but cautious: Mark Zandi of Moody’s Analytics said the agreement"
        " “removes a big risk for the holiday season”; Diane Swonk, the chief economist at KPMG,"
        " called it “a reprieve, not a resolution”; and Jason Furman of Harvard said the"
        " sick-leave terms were “small in dollars and large in symbolism.”"
    ) == ["Mark Zandi", "Diane Swonk", "Jason Furman"]


def test_a_clause_with_no_speech_verb_keeps_the_speaker() -> None:
    assert speakers_in(
        "Sen. Ray Brandon said the Fed had been “dealing with a pandemic”; that, in his view,"
        " was “the whole story.”"
    ) == ["Ray Brandon", "Ray Brandon"]
