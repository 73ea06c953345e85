"""Round 45ag: a bare quotation after a colon closing a sentence that names no person as its
subject ("The yard’s owner issued a statement: “…”"), after another paragraph's
quote, is not that quote's speaker continued; a sentence whose subject is that speaker still
continues her."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in

BEFORE = (
    "Two counties are fighting over where a freight yard should go.",
    "Commissioner Ada Brenner said the yard would bring “noise and not much else.”",
    "“It is a bad deal for the county,” Brenner said.",
)


def test_a_bodys_statement_after_a_colon_is_not_hers() -> None:
    speaker = speaker_in(
        *BEFORE,
        "The yard’s owner issued a statement from its Omaha office: “We are listening to both"
        " counties.”",
        piece="listening to both counties",
    )
    assert speaker != "Ada Brenner"


def test_her_own_sentence_before_a_colon_still_continues_her() -> None:
    speaker = speaker_in(
        *BEFORE,
        "Brenner went further on Tuesday: “Put it somewhere else.”",
        piece="Put it somewhere else",
    )
    assert speaker == "Ada Brenner"
