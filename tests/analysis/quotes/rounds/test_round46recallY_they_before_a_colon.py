"""Round 46: a bare quotation after a colon whose sentence has "they" or "we" for subject and
names no one ("Protesters will greet him in Berlin. In a riff on his slogan, they will hold
banners proclaiming: “…”") is many people's words, not those of the person named last."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of


def test_banners_they_hold_are_no_ones() -> None:
    found = quotes(
        "Chancellor Dieter Vossberg flies to Lisbon today, where thousands of farmers are "
        "expected to protest against the trade pact. In a riff on his campaign slogan, they "
        "will carry placards proclaiming: “Forward together – but not with this deal!”",
    )
    assert speaker_of(found, "Forward together") is None


def test_a_named_subject_before_the_colon_still_speaks() -> None:
    found = quotes(
        "Chancellor Dieter Vossberg flew to Lisbon today. Vossberg was blunt: “This deal is "
        "good for every farmer in Europe.”",
    )
    assert speaker_of(found, "every farmer") == "Dieter Vossberg"
