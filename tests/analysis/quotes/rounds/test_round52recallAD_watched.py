"""Round 52: "she watches Mr. Sanders thrill audiences by exhorting them to seek “…”": the one
watched acting speaks the partial quotation, not the watcher who is the sentence's subject."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_one_watched_speaks() -> None:
    found = quotes(
        "Senator Ruth Calder has kept her plans modest. Yet she watches Gov. Tom Riley thrill"
        " young audiences by exhorting them to join a “political revolution.”"
    )
    assert [q.speaker for q in found] == ["Tom Riley"]


def test_the_watcher_who_then_speaks_keeps_the_words() -> None:
    found = quotes(
        "Senator Ruth Calder watched the vote from her office and called it “a disgrace.”"
    )
    assert [q.speaker for q in found] == ["Ruth Calder"]
