"""Round 53: words in a relative clause that "which" opens on a named thing ("profiled in the Daily
Beast, which ran an article on him naming him the “…”") are not the sentence's subject's: "which"
says a thing, not a person, spoke them."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes

BEFORE = "Owen Pratt is the site's political editor and has covered every primary debate this year."


def test_a_papers_words_are_not_the_subjects() -> None:
    found = quotes(
        BEFORE,
        "He was recently profiled in the Evening Courier, which ran a nearly 4,000-word article on"
        " him naming him the “angry populist enforcer” of the campaign.",
    )
    assert [q.speaker for q in found if "enforcer" in q.text] in ([], [None])


def test_a_thing_the_subject_names_keeps_his_words() -> None:
    found = quotes(
        BEFORE,
        "He has often clashed with the Evening Courier, which he called a “partisan rag” last week.",
    )
    assert [q.speaker for q in found if "rag" in q.text] == ["Owen Pratt"]
