"""Round 51: a speech verb whose subject phrase is a document with a clause opened by "in which"
("a statement in which the senator said she was “…”") has that clause's subject for its speaker,
not the document."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_senator_in_which_the_statement_speaks() -> None:
    found = quotes(
        "Sen. Laura Whitcomb’s office pointed reporters to a statement in which the senator said "
        "she was “deeply troubled by the delays.”"
    )
    assert found[0].speaker == "Laura Whitcomb"


def test_a_name_in_which_the_letter_speaks() -> None:
    found = quotes(
        "The county released a letter in which Ruth Okafor wrote that the budget was “a promise "
        "broken.”"
    )
    assert found[0].speaker == "Ruth Okafor"
