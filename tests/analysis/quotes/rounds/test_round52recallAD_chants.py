"""Round 52: a quotation ending in "!" or "?" and then a label noun ("“BERNIE!” chants") is a
label, no one's words, though the masking writes a comma after it."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_an_exclaimed_chant_is_no_ones() -> None:
    found = quotes(
        "Comedian Dana Whitfield took the stage on Monday. As the hall filled, Whitfield joked,"
        " “You are all very patient,” drawing loud jeers and “BERNIE!” chants."
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("You are all very patient", "Dana Whitfield"),
        ("BERNIE!", None),
    ]


def test_a_questioned_tagline_is_no_ones() -> None:
    found = quotes("Mayor Ruth Okafor unveiled the city’s “Why not here?” tagline on Friday.")
    assert [(q.text, q.speaker) for q in found] == [("Why not here?", None)]
