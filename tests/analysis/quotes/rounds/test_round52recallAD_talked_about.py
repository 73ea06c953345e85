"""Round 52: a quotation that opens a sentence as the subject of "sounds" or "seems" ("“I am
committed to manufacturing” sounds great in Youngstown") is words the writer judges, not a report:
no one's, not the last person quoted."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_words_that_sound_great_are_no_ones() -> None:
    found = quotes(
        "Paul Greer, an economist, praised the plan. “It is smart,” Greer said.",
        "Still, there is something dated about the senator’s focus.",
        "“I am really committed to bringing back manufacturing” sounds great in Youngstown,"
        " Ohio, before the state’s primary. But it is not a policy.",
    )
    assert [q.speaker for q in found] == ["Paul Greer", None]
