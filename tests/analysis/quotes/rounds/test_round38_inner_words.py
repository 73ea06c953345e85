"""Attribution round 38: a capitalised preposition inside a body's name does not cut it."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_body_named_with_from_calling_something() -> None:
    (q,) = quotes(
        "The Freedom From Hunger Alliance sued the county on Monday, calling the rule “a cruel"
        " trick on families.”"
    )
    assert q.speaker == "Freedom From Hunger Alliance"


def test_a_body_named_with_for_that_said_something() -> None:
    (q,) = quotes("The Citizens For Open Courts Coalition said the ruling was “a victory.”")
    assert q.speaker == "Citizens For Open Courts Coalition"
