"""Attribution round 38: "The paradox of X, says Y, …, is that she was “…”" gives Y's words."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_an_inserted_says_between_commas_names_the_speaker() -> None:
    quoted = quotes(
        "Gov. Ruth Ellery has run the state for a decade.",
        "The genius of Ellery, says Dana Whitfield, a historian at Bowdoin College, is that she"
        " was “a reformer who never sounded like one.”",
    )
    assert quoted[0].speaker == "Dana Whitfield"
