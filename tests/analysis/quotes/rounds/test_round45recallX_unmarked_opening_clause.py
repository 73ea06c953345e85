"""Round 45: a short opening clause with no comma before the main clause ("When he returned he
began by saying, “…”") still leaves the main clause's "he" as the sentence's subject, the one who
speaks; a "he" that the opening clause reports ("When Ambrose said he would …") is not one."""

from __future__ import annotations

from briefings.analysis.quotes.clauses.sayers.subjects import sentence_subject
from tests.analysis.quotes.passages import quotes, speaker_of

RECESS = "Judge Tom Berman called a short recess after the lawyers had spoken."


def test_the_he_after_an_unmarked_when_clause_speaks() -> None:
    found = quotes(
        RECESS,
        "When he returned he began by saying, “I do not think prison is needed in this case.”",
    )
    assert speaker_of(found, "I do not think prison") == "Tom Berman"


def test_the_subject_of_the_main_clause_is_read() -> None:
    toks = [
        "After",
        "she",
        "sat",
        "down",
        "she",
        "began",
        "by",
        "saying",
        ",",
        "\ue000",
        "\ue100",
        "\ue001",
        ".",
    ]
    assert sentence_subject(toks, 9) == "she"


def test_a_he_the_opening_clause_reports_is_not_the_subject() -> None:
    toks = [
        "When",
        "Ambrose",
        "said",
        "he",
        "would",
        "wait",
        "the",
        "crowd",
        "began",
        "chanting",
        "\ue000",
        "\ue100",
        "\ue001",
        ".",
    ]
    assert sentence_subject(toks, 11) != "he"
