"""Attribution round 37: a quoted sentence of one or two words after "she said." goes on quoting."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_two_word_sentence_after_she_said_is_hers() -> None:
    _, second = quotes(
        "Gov. Ann Rhodes was asked about the budget. “I’ve given you the numbers,” she said."
        " “Print them.”"
    )
    assert second.text.startswith("Print them") and second.speaker == "Ann Rhodes"


def test_a_one_word_answer_after_a_said_clause_is_his() -> None:
    quoted = quotes("“We’re hopeful,” Ezekiel Hart said. “Very.”")
    assert [q.speaker for q in quoted] == ["Ezekiel Hart", "Ezekiel Hart"]


def test_a_title_later_in_the_sentence_stays_no_quote() -> None:
    quoted = quotes(
        "“I’ve given you the numbers,” Rhodes said. The film she saw that night was “Jaws.”"
    )
    assert [q.text for q in quoted] == ["I’ve given you the numbers"]
