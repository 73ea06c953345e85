"""Attribution round 36: a statement "from" a person holds that person's words."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_statement_from_a_person_before_the_quotation() -> None:
    (q,) = quotes("The statement from Okafor called the ruling “a gift to polluters.”")
    assert q.speaker == "Okafor"


def test_the_statement_from_a_person_after_the_quotation() -> None:
    *_, q = quotes(
        "Regional director Dana Okafor issued a statement after the vote.",
        "“This is a gift to polluters,” the statement from Okafor said.",
    )
    assert q.speaker == "Dana Okafor"


def test_a_statement_from_a_body_names_no_person() -> None:
    (q,) = quotes("A statement from the Welsh Rugby Union said it was “deeply disappointed.”")
    assert q.speaker is None
