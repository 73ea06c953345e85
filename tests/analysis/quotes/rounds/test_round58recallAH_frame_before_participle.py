"""Round 58: a reporting clause followed by a clause on a speech verb's participle that quotes
on ("Dorsey’s “excesses” are sickening, Ruiz said Tuesday in Paris, noting the nominee “makes
you want to retch.”") frames the quotation before it as well as the one after."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_frame_before_a_participle_clause_speaks_both() -> None:
    found = quotes(
        "Walter Dorsey’s “excesses” are sickening, Ann Ruiz said Tuesday in Paris, noting the"
        " nominee “makes you want to retch.”"
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("excesses", "Ann Ruiz"),
        ("makes you want to retch", "Ann Ruiz"),
    ]


def test_a_report_before_a_participle_clause_is_no_one() -> None:
    found = quotes(
        "Walter Dorsey spoke on Monday.",
        "The “reforms” are late, the report found, adding that it was “sorry.”",
    )
    assert [q.speaker for q in found] == [None]
