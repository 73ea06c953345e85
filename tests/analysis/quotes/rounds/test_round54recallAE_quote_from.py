"""Round 54: a quotation standing alone whose next sentence credits it ("That quote from
Alabama Securities Commissioner Thomas Krebs appeared …", "The line came from Sen. Harold Ruiz")
is the one credited; not a quotation the next sentence merely follows."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_that_quote_from_a_named_official() -> None:
    found = quotes(
        "“Never trust a bank that pays you to trust it.” That quote from Ohio Treasurer Linda"
        " Marsh appeared on the front page of the Plain Dealer in 1991."
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("Never trust a bank that pays you to trust it.", "Linda Marsh")
    ]


def test_the_line_came_from() -> None:
    found = quotes(
        "“We are not a museum.” The line came from Sen. Harold Ruiz, who spoke for an hour."
    )
    assert [(q.text, q.speaker) for q in found] == [("We are not a museum.", "Harold Ruiz")]


def test_a_sentence_after_that_credits_no_one() -> None:
    found = quotes("“We are not a museum.” The line drew laughter from the crowd.")
    assert [q.speaker for q in found] == [None]
