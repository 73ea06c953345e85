"""Round 57: a remark owned by "his" or "her" that a "that" clause quotes ("over her remark that
“…”", "after her March comment that, “…”") is the words of the one the pronoun stands for;
"their" names no one person."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_her_remark_that_is_hers() -> None:
    found = quotes(
        "Councilman Tom Hale spoke first on Tuesday.",
        "Mayor Ann Ruiz faced the council after him.",
        "The meeting ended in uproar over her remark that “the council is a joke.”",
    )
    assert [(q.text, q.speaker) for q in found] == [("the council is a joke", "Ann Ruiz")]


def test_his_dated_comment_that_is_his() -> None:
    found = quotes(
        "Gov. Walter Dorsey lost the miners' endorsement on Friday.",
        "Union chief Ellen Marsh said the vote was close.",
        "The union balked after his March comment that, “coal is finished in this state.”",
    )
    assert [(q.speaker, q.text) for q in found][-1] == (
        "Walter Dorsey",
        "coal is finished in this state",
    )


def test_their_remark_names_no_one() -> None:
    found = quotes(
        "Gov. Walter Dorsey met the miners.",
        "The union balked after their March comment that, “coal is finished in this state.”",
    )
    assert [q.speaker for q in found] in ([], [None])
