"""Attribution round 35: a named person's suggestion, made somewhere, that someone was “…”: theirs."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_owner_of_a_suggestion_at_a_debate_speaks_not_its_subject() -> None:
    *_, q = quotes(
        "Sen. Laura Pinkney and Gov. Tom Aldridge met in three debates.",
        "Pinkney lost the 2018 race partly because of Aldridge's mocking suggestion at a"
        " televised debate that she was “smart enough, I suppose.”",
    )
    assert q.speaker == "Tom Aldridge"
