"""Round 40: a name inside a relative clause between the subject and the quotation ("Rudy Giuliani,
who backs Trump, trashed Comey …, calling it a “…”") is not the speaker: the one the clause
describes is."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of


def test_the_partial_is_the_described_ones_not_the_one_he_backs() -> None:
    found = quotes(
        "Gov. Brian Kessel spoke on Tuesday. Democratic challenger Maria Ocampo answered.",
        "Former prosecutor and U.S. Attorney Frank Delvecchio, who backs Kessel, trashed Ocampo on"
        " MSNBC, calling her plan a “total joke.”",
    )
    assert speaker_of(found, "total joke") == "Frank Delvecchio"


def test_a_name_said_again_after_the_clause_is_read_as_written() -> None:
    found = quotes(
        "Frank Delvecchio, who backs Kessel, was at the rally, where Kessel called the plan"
        " “a total joke.”",
    )
    assert speaker_of(found, "total joke") != "Frank Delvecchio"
