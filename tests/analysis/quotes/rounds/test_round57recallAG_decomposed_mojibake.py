"""Round 57: a name mis-encoded as UTF-8 read as cp1252 and then written decomposed ("PeA" and a
combining tilde before "±a") is repaired as the composed form is: the clause before the quote
gives it to "Enrique Peña Nieto", not to no one."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_decomposed_mojibake_name_speaks() -> None:
    found = quotes(
        "Mexican President Enrique PeA\u0303\u00b1a Nieto compared anti-global ideologies with"
        ' those of dictators, and urged people not to "choose the road toward isolationism."',
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("choose the road toward isolationism", "Enrique Peña Nieto")
    ]


def test_a_combining_mark_elsewhere_is_left() -> None:
    from briefings.analysis.common.mojibake import repaired_names

    assert repaired_names("Se\u0301gole\u0300ne") == "Se\u0301gole\u0300ne"
