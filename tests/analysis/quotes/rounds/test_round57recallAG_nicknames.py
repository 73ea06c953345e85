"""Round 57: a nickname quoted inside a person's name ("Juan “Chico” Manriquez") is no quote and
no break in the name: the man so named is the sentence's subject, and his "he said" after it."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_quoted_nickname_inside_a_name_leaves_the_name_whole() -> None:
    found = quotes(
        "In downtown Fresno, a group marched in silence. Juan “Chico” Manriquez of Oakland carried"
        " one of the photos. “I pretty much cried the whole parade,” he said.",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("I pretty much cried the whole parade", "Juan Manriquez")
    ]


def test_a_quotation_after_a_word_that_is_no_given_name_stays() -> None:
    found = quotes("Then “Jaws” Spielberg said no.")
    assert [q.text for q in found] == ["Jaws"]
