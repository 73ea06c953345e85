"""Round 50 (a trucker and his brother-in-law): "Manny", the short form of Manuel, is a man's
name, so "he" after "Guerrero said he is thinking about it." can be Manny Guerrero (the names
dictionary gave it to women, and "he" went to the other man, Luis Ybarra)."""

from __future__ import annotations

from briefings.analysis.common.given_names.gender import gender_of
from tests.analysis.quotes.passages import quotes


def test_manny_is_a_mans_name() -> None:
    assert gender_of("Manny Guerrero") == "m"


def test_he_after_manny_guerrero_said_is_his() -> None:
    found = quotes(
        "“Empty shelves,” said Manny Guerrero, an owner-operator.",
        "Luis Ybarra moved his trucking business to Reno. Guerrero said he is thinking about it."
        " “My kids are here,” he said.",
    )
    assert found[-1].speaker == "Manny Guerrero"  # not Luis Ybarra
