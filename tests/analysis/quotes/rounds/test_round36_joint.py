"""Attribution round 36: two people named as one subject of a speech verb speak as neither alone."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_joint_statement_of_two_senators_is_no_ones() -> None:
    (q,) = quotes(
        "Sens. Amy Rourke (D-Vt.) and Dale Petrakis (R-Kan.) said in a statement on Monday that"
        " the board had “ignored every warning it was given.”"
    )
    assert q.speaker is None


def test_a_surname_and_a_titled_name_speaking_jointly_is_no_ones() -> None:
    *_, q = quotes(
        "Grady clashed with the company’s founder last spring.",
        "Grady and Sen. Noor Halvorsen of Maine said in a joint letter that the firm had"
        " “lost the trust of its drivers.”",
    )
    assert q.speaker is None


def test_one_person_after_and_in_another_clause_still_speaks() -> None:
    (q,) = quotes(
        "The bill passed the House, and Senator Noor Halvorsen said it was “long overdue.”"
    )
    assert q.speaker == "Noor Halvorsen"
