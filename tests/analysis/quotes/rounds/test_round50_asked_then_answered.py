"""Round 50 (a deposition written one turn a paragraph): a bare answer after a question its asker's
clause closes ("“I don’t recall a specific date,” Pell said. / “Was it before or after the March
board meeting?” Salcedo asked. / “I’d be guessing.”") is the one asked's, not the asker's."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_bare_answer_after_an_attributed_question_is_the_one_asked() -> None:
    found = quotes(
        "A lawyer for the creditors, Miriam Salcedo, asked Jonah Pell when he first learned that"
        " deposits had been moved.",
        "“I don’t recall a specific date,” Pell said.",
        "“Was it before or after the March board meeting?” Salcedo asked.",
        "“I’d be guessing.”",
    )
    assert [q.speaker for q in found] == ["Jonah Pell", "Miriam Salcedo", "Jonah Pell"]


def test_a_bare_question_after_an_attributed_question_is_not_given_to_the_one_asked() -> None:
    found = quotes(
        "A lawyer for the creditors, Miriam Salcedo, asked Jonah Pell when he first learned that"
        " deposits had been moved.",
        "“I don’t recall a specific date,” Pell said.",
        "“Was it before or after the March board meeting?” Salcedo asked.",
        "“Or was it later?”",
    )
    assert found[-1].speaker != "Jonah Pell"


def test_a_bare_question_after_an_answer_to_a_told_question_is_the_askers() -> None:
    found = quotes(
        "The lawyer for the fishermen, Philip Arceneaux, questioned a charter captain, Buddy"
        " Tillman.",
        "Arceneaux asked him how many fish his customers had kept the previous summer.",
        "“More than the year before,” Tillman said.",
        "“How many more?”",
        "“I’d have to look at my logbook.”",
        "“You didn’t bring it?”",
        "“Nobody asked me to,” Tillman said.",
    )
    assert [q.speaker for q in found[:4]] == [
        "Buddy Tillman",
        "Philip Arceneaux",
        "Buddy Tillman",
        "Philip Arceneaux",
    ]


def test_a_bare_question_after_an_answer_with_no_asker_told_goes_on() -> None:
    found = quotes(
        "The lawyer, Philip Arceneaux, spoke first. The charter captain Buddy Tillman spoke next.",
        "Tillman was blunt about the rule.",
        "“It took half my season,” Tillman said.",
        "“Who would do that to a family business?”",
    )
    assert found[-1].speaker == "Buddy Tillman"
