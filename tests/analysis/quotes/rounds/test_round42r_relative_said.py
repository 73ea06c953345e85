"""Attribution round 42 (recall): a speech verb just before a quotation that sits in a relative
clause with no "that" ("Nothing the president said “…,” the Florida senator said", "Everything
Ms. Vale has said “…,” Dunn told reporters") does not introduce the quotation: the clause after
it names the speaker."""

from __future__ import annotations

from tests.analysis.quotes.passages import speakers_in


def test_the_clause_after_a_relative_speech_verb_names_the_speaker() -> None:
    assert speakers_in(
        "President Obama spoke from the Oval Office on Sunday night.",
        "Sen. Marco Rubio, R-Fla., appearing on Fox News after the speech, said Obama failed to"
        " address public concerns. Nothing the president said “will assuage people’s fears,”"
        " the Florida senator said.",
    ) == ["Marco Rubio"]
    assert speakers_in(
        "Mayor Lena Vale spoke on Monday. Nothing Vale said “will fix the buses,” Omar Dunn"
        " told reporters.",
    ) == ["Omar Dunn"]


def test_a_speech_verb_opening_its_own_clause_still_introduces_the_quotation() -> None:
    assert speakers_in(
        "Mayor Lena Vale spoke on Monday. Vale said the plan “will fix the buses,” and Omar Dunn"
        " agreed.",
    ) == ["Lena Vale"]
