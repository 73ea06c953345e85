"""Round 45: a body named as one of a group's members before the group's verb ("a coalition of
farm groups including AgWest and the Grain Council warned …", "unions such as the UFCW said")
does not speak for the group: the group, unnamed, does; a body that is the subject itself still
speaks."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of


def test_a_member_listed_after_including_is_not_the_speaker() -> None:
    found = quotes(
        "In a letter to the committee, a coalition of farm groups including AgWest and the Grain "
        "Council warned that the rule would “bankrupt family farms.”"
    )
    assert speaker_of(found, "bankrupt family farms") is None


def test_a_member_listed_after_such_as_is_not_the_speaker() -> None:
    found = quotes("Unions such as the UFCW said the rule would “bankrupt family farms.”")
    assert speaker_of(found, "bankrupt family farms") is None


def test_the_body_as_the_subject_speaks() -> None:
    found = quotes("The Grain Council warned that the rule would “bankrupt family farms.”")
    assert speaker_of(found, "bankrupt family farms") == "Grain Council"
