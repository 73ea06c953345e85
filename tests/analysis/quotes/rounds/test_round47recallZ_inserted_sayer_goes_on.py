"""Round 47: a "says X" set between commas opens a sentence whose every quotation is X's ("The
paradox of Nancy, says Carl Anthony, …, is that she was “…,” not for her policy influence (…) but
for her “…”"): the second quotation too, however far it comes after the first."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_both_quotations_after_an_inserted_says_are_the_sayers() -> None:
    found = quotes(
        "The puzzle of the old mill, says Hester Vane, curator at the county museum, is that it "
        "was “the busiest building in the valley for a century,” not for its output of flour "
        "(think of the great Minneapolis mills and their barges) but for its “place as the "
        "meeting house of every farmer for miles around.”"
    )
    assert [q.speaker for q in found] == ["Hester Vane", "Hester Vane"]
