"""Round 52: "“…,” Ebeling said, and her husband cut in. “…”": the bare quotation after is the
one who cut in's, not Ebeling's continued; a husband named nowhere is no one named."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_one_who_cuts_in_takes_the_next_quotation() -> None:
    found = quotes(
        "“Tell her I kept the photo,” Marian Holt said, and her husband cut in. “Don’t forget"
        " me. I have known her since high school.”"
    )
    assert [q.speaker for q in found] == ["Marian Holt", None]


def test_the_same_speaker_adding_goes_on() -> None:
    found = quotes(
        "“Tell her I kept the photo,” Marian Holt said when asked, and she added. “I have known"
        " her since high school.”"
    )
    assert [q.speaker for q in found] == ["Marian Holt", "Marian Holt"]
