"""Round 54: "a man named Karl Bauer", "a man calling himself Paul Paul" after a quotation is
the one so named: the speaker is that name, not someone unnamed; a first name alone is not
enough."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_man_calling_himself_a_name() -> None:
    found = quotes(
        "The response online was fast and fierce. “Whoever opens the borders has no place here!”"
        " wrote a man calling himself Karl Bauer."
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("Whoever opens the borders has no place here!", "Karl Bauer")
    ]


def test_a_woman_named() -> None:
    found = quotes("“We waited four hours for a bus,” said a woman named Teresa Duong.")
    assert [(q.text, q.speaker) for q in found] == [
        ("We waited four hours for a bus", "Teresa Duong")
    ]


def test_a_first_name_alone_is_no_one() -> None:
    found = quotes("“We waited four hours for a bus,” said a woman named Teresa.")
    assert [q.speaker for q in found] == [None]
