"""Round 51 (a town hall's heckler): "the man shouted" after "a man near the back stood up" is
that man, whom the article does not name — not the candidate quoted before."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_man_a_paragraph_introduced_is_no_one_named() -> None:
    *_, q = quotes(
        "Gov. Trent Albrecht of Montana had been talking for 20 minutes at a VFW hall when a man"
        " near the back stood up.",
        "“Why should anybody here vote for a guy from Montana?” the man shouted.",
    )
    assert q.speaker is None


def test_a_man_of_his_word_introduces_no_one() -> None:
    *_, q = quotes(
        "Gov. Trent Albrecht of Montana spoke for an hour. “I am a man of my word,” he said.",
        "“Why should anybody vote for a guy from Montana?” the man asked the crowd.",
    )
    assert q.speaker == "Trent Albrecht"
