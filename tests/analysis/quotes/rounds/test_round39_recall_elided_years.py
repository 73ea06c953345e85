"""Attribution round 39 (recall): a single mark that elides a year's century ("in ‘08", "the
‘90s") opens no quotation, so the quotations after it keep their own spans and speaker."""

from __future__ import annotations

from briefings.analysis.quotes.finding.elisions import elided_year
from briefings.analysis.quotes.finding.marks import find_spans
from tests.analysis.quotes.passages import quotes


def test_a_year_after_in_opens_no_quotation() -> None:
    found = quotes(
        "Rep. Dora Haines (D-Ohio) said in ‘08 that the early turnout had surprised her party."
        " “I did not see it coming. Nobody did,” she said. “It changed the ‘safe seat’ talk"
        " for good.”"
    )
    assert [(q.text, q.kind) for q in found] == [
        ("I did not see it coming. Nobody did", "full"),
        ("It changed the ‘safe seat’ talk for good.", "full"),
        ("safe seat", "partial"),  # a scare quote inside her quotation, no one's (round 51)
    ]
    assert [q.speaker for q in found] == ["Dora Haines", "Dora Haines", None]


def test_a_decade_after_the_opens_no_quotation() -> None:
    spans = find_spans("He ran the mill in the ‘90s. “It felt like the town shut down,” he said.")
    assert [s.text for s in spans] == ["It felt like the town shut down,"]


def test_a_quotation_opening_on_a_number_still_opens() -> None:
    assert not elided_year("She said, ‘20 years ago we had nothing.’", 10)
    assert [s.text for s in find_spans("She said, ‘20 years ago we had nothing.’")] == [
        "20 years ago we had nothing."
    ]


def test_the_mid_decade_and_the_class_of() -> None:
    assert elided_year("in the mid-‘80s, when", 11)
    assert elided_year("the class of ’16 said", 13)
    assert not elided_year("a ‘1950s’ look", 2)
