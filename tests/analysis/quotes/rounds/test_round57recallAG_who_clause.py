"""Round 57: a description parted from its speech verb by a "who" clause between commas ("The
influential delegate, who chairs the Rules Committee, warned of a “…” battle") is the verb's
subject: the words go to the one it describes."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_description_past_a_who_clause_speaks() -> None:
    found = quotes(
        "Morton Blackwell spoke to reporters on Monday.",
        "The influential delegate, who chairs the Rules Committee, warned of a “ferocious”"
        " battle ahead.",
    )
    assert [(q.text, q.speaker) for q in found] == [("ferocious", "Morton Blackwell")]


def test_a_who_clause_with_its_own_quotation_is_not_read_past() -> None:
    from briefings.analysis.quotes.clauses.sayers.described.relative_aside import (
        subject_past_a_who_clause,
    )
    from briefings.analysis.speech.tokens import tokens

    toks = tokens("The delegate, who said no, warned of it.")
    assert subject_past_a_who_clause(toks, toks.index("warned")) is None
    toks = tokens("The delegate, who chairs the Rules Committee, warned of it.")
    assert subject_past_a_who_clause(toks, toks.index("warned")) == "The delegate"
