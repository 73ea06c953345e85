"""Round 57: words quoted inside an opening clause that has a named subject of its own ("While
Mr. Ryan laid out a vision for “…,” Ben Carson …") are that subject's; not a body's, and not
through a linking verb."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_opening_clauses_named_subject_speaks() -> None:
    found = quotes(
        "While Rep. Paul Ortega, representing the party's governing wing, laid out a vision for"
        " “a tax code that rewards enterprise,” Ben Carson used his address to attack the"
        " governor.",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("a tax code that rewards enterprise", "Paul Ortega")
    ]


def test_a_full_quotation_between_dashes_in_a_when_clause() -> None:
    found = quotes(
        "When Gov. Walter Dorsey finally wrapped up — “I will fight for you!” — the balloons"
        " cascaded down on the crowd.",
    )
    assert [(q.text, q.speaker) for q in found] == [("I will fight for you!", "Walter Dorsey")]


def test_a_body_as_the_clauses_subject_gives_no_one() -> None:
    found = quotes("While the council debated the “compromise,” Mayor Ann Ruiz walked out.")
    assert [q.speaker for q in found] in ([], [None])
