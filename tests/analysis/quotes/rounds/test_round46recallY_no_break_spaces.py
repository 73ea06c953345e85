"""Round 46: "asked NAME whether" read across a no-break space, as web copy prints it ("asked
Sanders\\xa0whether …" / "“Sure it is …,” he said"): the answer is the one asked's."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_one_asked_across_a_no_break_space_answers() -> None:
    found = quotes(
        "Sen. Walter Brandt said he would release his tax returns before the primary.",
        "Gov. Leon Mercer released his own returns in July, which showed a modest income.",
        "Last month, a local reporter asked Brandt\xa0whether questions about his age were fair "
        "game in the campaign.",
        "“Sure it is. I would not have run if I were not healthy,” he said.",
    )
    assert next(q.speaker for q in found if q.text.startswith("Sure it is")) == "Walter Brandt"
