"""Attribution round 36: a readout's account of a leader's words is the leader's."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_name_after_according_to_a_readout_speaks() -> None:
    (q,) = quotes(
        "According to a State Department readout of the call, Secretary Alma Ferreira"
        " “stressed the need for an immediate ceasefire.”"
    )
    assert q.speaker == "Alma Ferreira"


def test_according_to_an_indictment_the_name_is_not_the_speaker() -> None:
    (q,) = quotes("According to the indictment, Kyle Stanton “knowingly misled investigators.”")
    assert q.speaker is None
