"""Round 47: "NAME, who, <an aside between commas>, said … “…”": the "who" stands for the name
though the aside parts it from the speech verb ("First there was … Bret Stephens, who, after
trading insults with Mr. Hannity over Mr. Trump, said … that “…”")."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_who_then_an_aside_then_said() -> None:
    found = quotes(
        "First there was the county's longtime treasurer Dana Whitlow, who, after a row with "
        "Mr. Pardee over the budget, said on local radio that “the books are a fiction.”"
    )
    assert found[0].speaker == "Dana Whitlow"


def test_who_then_an_aside_then_called() -> None:
    found = quotes(
        "Then came the mayor's old ally Dana Whitlow, who, in a rare interview with the "
        "Courier, called the plan “a folly.”"
    )
    assert found[0].speaker == "Dana Whitlow"
