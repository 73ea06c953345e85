"""Round 58: a description opening its sentence and parted from its speech verb by a phrase on a
preposition speaks ("The Republican presidential nominee for the Nov. 8 election later said he
was being “sarcastic”"); a name or a clause in that place does not make one."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_description_before_a_for_phrase_speaks() -> None:
    found = quotes(
        "Walter Dorsey, the Republican presidential nominee, spoke in Ohio on Tuesday.",
        "“I hope you find the emails,” Dorsey told reporters.",
        "The Republican presidential nominee for the Nov. 8 election later said he was being"
        " “sarcastic” in his comments.",
    )
    assert found[-1].text == "sarcastic"
    assert found[-1].speaker == "Walter Dorsey"


def test_a_clause_in_the_phrase_gives_no_one() -> None:
    found = quotes(
        "Walter Dorsey, the Republican presidential nominee, spoke in Ohio on Tuesday.",
        "“I hope you find the emails,” Dorsey told reporters.",
        "The nominee for whom the party voted said nothing, but a staffer said it was “sarcastic.”",
    )
    assert found[-1].speaker is None
