"""Attribution round 35: a name right before "saying", after "of" or a verb of hearing, says it."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_one_remembered_saying_it_speaks_not_the_subject() -> None:
    *_, q = quotes(
        "Gov. Helen Marsh spoke to the graduates on Friday.",
        "Marsh reminded them of Eleanor Roosevelt saying that “no one can make you feel inferior"
        " without your consent.”",
    )
    assert q.speaker == "Eleanor Roosevelt"


def test_a_body_before_saying_is_left_to_the_clause() -> None:
    *_, q = quotes(
        "Gov. Helen Marsh spoke to the graduates on Friday.",
        "Marsh reminded them of Fox News saying that she “cannot win.”",
    )
    assert q.speaker != "Fox News"
