"""Round 50: a quotation at the end of a relative clause on a noun ("a budget that critics have
called “…”") is the words of that clause's subject, not of the sentence's."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_group_in_the_relative_clause_leaves_no_one() -> None:
    found = quotes(
        "Gov. Teresa Alcott spent most of Tuesday defending a budget that her own party’s "
        "leaders have called “a wish list.”"
    )
    assert found[0].speaker is None


def test_a_name_in_the_relative_clause_is_the_speaker() -> None:
    found = quotes(
        "Gov. Teresa Alcott defended a budget that Senator Bill Ware has called “a wish list.”"
    )
    assert found[0].speaker == "Bill Ware"


def test_a_complement_clause_is_no_relative_one() -> None:
    found = quotes(
        "Her campaign manager, Derek Sloan, said in a statement that the remarks were “taken "
        "out of context.”"
    )
    assert found[0].speaker == "Derek Sloan"
