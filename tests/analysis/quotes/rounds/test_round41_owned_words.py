"""Round 41: a sentence that opens with someone's opinion, remarks or statement and ends on the
colon before a quotation ("Thorne’s opinion was brief by comparison: “…”") gives the words to that
owner when they are spoken or ruled, and to no one when they are a document's — never to the
person quoted before, as a quotation with no clause would be."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

JUSTICES = [
    "Justice Miriam Thorne and Justice Paul Easterly have disagreed on nearly every case.",
    "On Thursday, Thorne wrote for the majority, and Easterly answered her in a dissent that ran"
    " 41 pages: “The court today abandons a century of settled law.”",
]


def test_her_opinion_after_his_dissent_is_hers() -> None:
    found = quotes(
        *JUSTICES, "Thorne’s opinion was brief by comparison: “The statute means what it says.”"
    )
    assert speaker_of(found, "settled law") == "Paul Easterly"
    assert speaker_of(found, "The statute means") == "Miriam Thorne"


def test_her_statement_after_his_words_is_no_ones_not_his() -> None:
    found = quotes(
        "Chairman Richard Voss and Sen. Ann Delacroix both issued statements. Voss called the"
        " ruling “a win for plain reading.”",
        "Delacroix’s statement was shorter: “Today’s decision will hurt working families.”",
    )
    assert speaker_of(found, "a win for plain reading") == "Richard Voss"
    assert speaker_of(found, "working families") is None
