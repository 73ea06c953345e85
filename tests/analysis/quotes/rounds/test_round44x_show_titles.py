"""Round 44x: a title set before the word for its show ("appeared on the “Ruthless” podcast", "the
“War Room” show") names a work, not words anyone said: no quote, so no speaker; the guest's words
after it stay the guest's."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes

OPENING = "Rep. Byron Donalds spoke about the governor’s race on Tuesday."


def test_a_podcasts_title_is_no_quote() -> None:
    found = quotes(
        OPENING,
        "He also appeared on the “Ruthless” podcast. “They just don’t get it,” he told the hosts.",
    )
    assert not any("Ruthless" in q.text for q in found)
    assert next(q.speaker for q in found if "get it" in q.text) == "Byron Donalds"


def test_a_shows_title_before_show_is_no_quote() -> None:
    found = quotes(OPENING, "He was a guest on the “War Room” show that evening.")
    assert not any("War Room" in q.text for q in found)
