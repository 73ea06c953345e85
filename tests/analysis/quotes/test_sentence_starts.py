"""Where sentences start before a quotation: after an end mark and any closing marks."""

from __future__ import annotations

from briefings.analysis.quotes.resolution.sentence_starts import sentence_starts


def test_a_sentence_after_a_closing_quotation_mark_starts_after_its_space() -> None:
    par = "He called it “a disaster.” She agreed. “No,” he said."
    starts = sentence_starts(par, par.index("“No"))
    assert [par[s : s + 3] for s in starts] == ["He ", "She", "“No"]


def test_an_end_mark_at_or_after_the_point_is_not_read() -> None:
    par = "One sentence. Two sentences."
    assert sentence_starts(par, par.index("Two") - 1) == [0]
