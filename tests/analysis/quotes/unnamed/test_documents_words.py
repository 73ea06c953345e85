"""A report's words (round 48, Washington long-form style): in "But the grand jury’s report …
faulted the office for “…”. Dunford … said she had read it twice. “…,” she said." the report's
words are no one's, not those of the speaker quoted after them; a memo's words after its author's
quotation stay his, as before."""

from __future__ import annotations

from tests.analysis.quotes.passages import speakers_in


def test_a_reports_words_before_a_later_speakers_quotation() -> None:
    assert speakers_in(
        "Lacey Dunford kept a diary through the count.",
        "No votes were lost, according to an audit completed in January. But the grand jury’s"
        " report, released last week, faulted the office for “a culture of silence that began at"
        " the top.” Dunford, who left the job in 2021, said she had read it twice. “They got it"
        " right,” she said.",
    ) == [None, "Lacey Dunford"]


def test_a_memos_words_after_its_authors_quotation() -> None:
    assert speakers_in(
        "In a memo obtained by this newspaper, the office’s director, Kevin Osei, warned that the"
        " plan would leave a gap of “at least $400 million” by 2027. The memo is blunt: “Current"
        " revenue projections do not support the proposed spending.”",
    ) == ["Kevin Osei", "Kevin Osei"]
