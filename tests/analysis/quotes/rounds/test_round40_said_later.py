"""Round 40: a pronoun reporting words said later ("He said later that …") right after a sentence
naming two people of its gender gives no one: either may have said it once the exchange was over."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of


def test_he_said_later_after_one_man_pressed_another_gives_no_one() -> None:
    found = quotes(
        "Sen. Walter Brandt and Sen. Oscar Lindell have sat on the panel for a decade.",
        "“Nobody owns the gavel,” Brandt said on Tuesday.",
        "Lindell pressed Brandt on his votes against the contract during a hearing on Thursday."
        " He said later that the questions had been “routine, nothing more.”",
    )
    assert speaker_of(found, "Nobody owns the gavel") == "Walter Brandt"
    assert speaker_of(found, "routine, nothing more") is None


def test_she_said_afterward_after_two_women_in_a_when_clause_gives_no_one() -> None:
    found = quotes(
        "Laura Finch and Monica Raines once worked in the same prosecutor's office.",
        "The two women clashed at a debate on Tuesday, when Finch accused Raines of misstating"
        " the numbers. She said afterward that the charge was “simply false.”",
    )
    assert speaker_of(found, "simply false") is None


def test_said_later_after_a_sentence_naming_one_man_keeps_him() -> None:
    found = quotes(
        "Gov. Alan Brandt vetoed the school-lunch bill on Monday.",
        "Brandt told Laura Ingraham that he accepted the apology. He said later that he had"
        " “bigger things to worry about than a cable host.”",
    )
    assert speaker_of(found, "bigger things") == "Alan Brandt"
