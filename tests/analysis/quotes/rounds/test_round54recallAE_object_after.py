"""Round 54: after a quotation, "thanked", "praised", "accused" … and a name is no inverted
reporting clause ("“Scandal,” thanked Obama for"): the one after such a verb is its object, so a
title inside the subject's aside does not give the sentence's words to him."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_one_thanked_is_not_the_speaker() -> None:
    found = quotes(
        "Actress Dana Whitfield was among the guests at the White House on Tuesday.",
        "Whitfield, star of the network’s “Harbor Lights,” thanked Mayor Paul Hendershot for"
        " “keeping every one of us safer.”",
    )
    spoken = [(q.text, q.speaker) for q in found if q.text != "Harbor Lights"]
    assert spoken == [("keeping every one of us safer", "Dana Whitfield")]
