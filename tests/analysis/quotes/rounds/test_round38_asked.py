"""Attribution round 38: a pronoun after someone asked a named person about something."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_asked_about_in_the_sentence_before_is_not_the_man_named_last() -> None:
    quoted = quotes(
        "Mayor Tom Vance laughed when told of the remark. “Walter is dramatic,” Vance said.",
        "Later, a supporter asked Walter Greeley about the rift and Vance’s comments. He paused"
        " and said he was “not going to make it personal.”",
    )
    assert quoted[-1].speaker != "Tom Vance"


def test_a_he_after_the_one_asked_about_his_statements_is_his() -> None:
    quoted = quotes(
        "Radio host Hugh Benton asked Donald Marsh about statements he had made the night before,"
        " when he claimed the mayor was “the founder” of the scheme."
    )
    assert quoted[0].speaker == "Donald Marsh"
